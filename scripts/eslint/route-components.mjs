// ESLint rule: a route imports only its own `_components` and those of the routes above it.
// What sibling routes share lives in their common parent's `_components`
// (app/(workbench)/_components for the workbench pages).
//
// A local rule rather than an eslint-plugin-boundaries policy: the "owner" of a `_components`
// folder is a path prefix, and Next.js folder names such as `(workbench)` and `[id]` are
// pattern syntax to the globs and regular expressions those tools compare captured paths with.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const posix = (p) => p.split(path.sep).join("/");

/** The route folder that owns the `_components` a path lies in (app-relative), else null. */
export function componentsOwner(relativePath) {
  const segments = relativePath.split("/");
  if (segments[0] !== "app") return null;
  const at = segments.indexOf("_components");
  return at === -1 ? null : segments.slice(0, at).join("/");
}

/** Where an import specifier points, relative to the project root; null for packages. */
function target(specifier, importer) {
  if (specifier.startsWith(".")) return posix(path.relative(root, path.resolve(path.dirname(importer), specifier)));
  if (specifier.startsWith("@/")) return specifier.slice(2);
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const routeComponents = {
  meta: {
    type: "problem",
    docs: { description: "A route imports only its own `_components` and those of the routes above it" },
    schema: [],
    messages: {
      foreign:
        "{{target}} belongs to {{owner}}: only that route and the routes below it import its _components. Move what several routes share to their common parent's _components.",
    },
  },
  create(context) {
    const importer = posix(path.relative(root, context.filename));
    const check = (source) => {
      if (!source || typeof source.value !== "string") return;
      const to = target(source.value, context.filename);
      const owner = to && componentsOwner(to);
      if (owner === null || owner === undefined || importer.startsWith(`${owner}/`)) return;
      context.report({ node: source, messageId: "foreign", data: { target: to, owner } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
