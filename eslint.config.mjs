// ESLint: TypeScript, React hooks, Next.js's rules and the import boundaries of the layout
// (README, "Architecture"). `npm run lint` runs it between Prettier's check and knip.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { routeComponents } from "./scripts/eslint/route-components.mjs";

// The lib/ folders between the framework and the domain: only they may import Next.js or
// next-auth. Every other folder of lib/ is domain code, which runs the same under a route, a
// server action, the CLI, a worker thread or a test.
const TRANSPORT = ["lib/http", "lib/auth"];
const FRAMEWORK = ["next", "next-auth"];

// Tests, benches and their support code.
const TESTS = ["**/*.test.ts", "e2e/**", "bench/**", "test/**"];

export default tseslint.config(
  {
    ignores: [
      "lib/db/generated/**",
      ".next/**",
      ".next-*/**",
      "**/.next-floor/**",
      "next-env.d.ts",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "bench/out/**",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Sanitizers and hostile-input tests match control characters on purpose.
      "no-control-regex": "off",
      // `const { id: _id, ...rest } = x` is how a copy without some fields is made here.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript files are Node scripts and configs; .cjs ones are CommonJS.
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests read JSON responses loosely and assert on them; `any` there is that JSON.
    files: TESTS,
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The React rules run where React code lives: the React Compiler behind them is most of
    // ESLint's time, and lib/ has no components or hooks.
    files: ["app/**/*.{ts,tsx}", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The reader's `live` flag is set by an effect on purpose: it turns true in a second render,
    // after every effect of the first commit has attached its listeners, and the page (and the
    // e2e tests, through `data-ready`) take it as "handlers attached". useSyncExternalStore
    // would make it true in the first commit of a client-side navigation, before those effects.
    files: ["app/(workbench)/articles/[[]id]/_components/hooks/use-reader-live.ts"],
    rules: { "react-hooks/set-state-in-effect": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.ts"],
    // Tests may reach anything they test (route handlers included).
    ignores: TESTS,
    plugins: { boundaries, claimbench: { rules: { "route-components": routeComponents } } },
    settings: {
      "import/resolver": { typescript: { project: "tsconfig.json" } },
      "boundaries/elements": [
        { type: "app", pattern: "app", partialMatch: false },
        { type: "lib", pattern: "lib/*", partialMatch: false },
        { type: "lib", pattern: "lib", partialMatch: false },
      ],
    },
    rules: {
      "claimbench/route-components": "error",
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          checkAllOrigins: true,
          // Later policies override earlier ones.
          policies: [
            {
              from: { element: { type: "lib" } },
              disallow: { to: { element: { type: "app" } } },
              message: "lib/ never imports app/: the domain serves the pages, not the other way round",
            },
            {
              from: { element: { type: "lib" } },
              disallow: { to: { module: { origin: "external", source: FRAMEWORK } } },
              message: `Domain code in lib/ does not import Next.js or next-auth; only ${TRANSPORT.join(" and ")} do`,
            },
            {
              from: { element: { type: "lib", path: TRANSPORT } },
              allow: { to: { module: { origin: "external", source: FRAMEWORK } } },
            },
          ],
        },
      ],
    },
  },
);
