// Every test, in the order that fails fastest: types, lint, unit + integration (SQLite, and
// PostgreSQL when TEST_DATABASE_URL is set) against the built app, then e2e in Chromium.
import path from "node:path";
import { ensureChromium } from "./chromium.mjs";
import { loadEnv, root, run } from "./env.mjs";

loadEnv();
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const timings = [];
const step = (title, command, args, env = {}) => {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  run(command, args, { env: { ...process.env, ...env } });
  timings.push([title, (Date.now() - started) / 1000]);
};

if (!process.env.TEST_DATABASE_URL) {
  console.log("TEST_DATABASE_URL is not set: integration tests run on SQLite only (CI sets it to run PostgreSQL too).");
}
step("Type check", bin("tsc"), ["--noEmit", "-p", "."]);
step("Lint (format, code, boundaries, unused code)", "npm", ["run", "-s", "lint"]);
// The e2e tests need a browser: better to know before the build than after the other tests.
ensureChromium();
step("Build", "npm", ["run", "-s", "build"], { NODE_ENV: "production" });
step("Unit and integration tests", bin("vitest"), ["run"]);
step("End-to-end tests (Chromium)", bin("playwright"), ["test"]);

console.log("\nAll tests passed.");
for (const [title, seconds] of timings) console.log(`  ${title.padEnd(32)} ${seconds.toFixed(1)} s`);
