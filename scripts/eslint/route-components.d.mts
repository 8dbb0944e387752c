import type { Rule } from "eslint";
/** The route folder that owns the `_components` a path lies in (app-relative), else null. */
export function componentsOwner(relativePath: string): string | null;
/** ESLint rule: a route imports only its own `_components` and those of the routes above it. */
export const routeComponents: Rule.RuleModule;
