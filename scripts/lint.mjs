// `npm run lint`: formatting (Prettier), code and import boundaries (ESLint, eslint.config.mjs),
// and unused files, exports and dependencies (knip, knip.json), side by side. Each step's output
// is printed whole when it ends; the run fails if any step does. Prettier and ESLint keep caches
// in node_modules/.cache, so later runs look only at the files that changed.
import { spawn } from "node:child_process";
import { root } from "./env.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps = [
  ["lint:format", "Formatting (Prettier)"],
  ["lint:code", "Code and import boundaries (ESLint)"],
  ["lint:unused", "Unused files, exports and dependencies (knip)"],
  ["lint:regex", "Regular expressions are linear (recheck)"],
];

const started = Date.now();
const results = await Promise.all(
  steps.map(
    ([script, title]) =>
      new Promise((resolve) => {
        const child = spawn(npm, ["run", "-s", script], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.on("close", (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          console.log(
            `${code === 0 ? "✓" : "✗"} ${title} (${seconds} s)${output.trim() ? `\n${output.trimEnd()}\n` : ""}`,
          );
          resolve(code === 0);
        });
      }),
  ),
);
if (results.includes(false)) {
  console.error(`\n✗ Lint failed: fix what is listed above (\`npx prettier --write <file>\` formats a file).`);
  process.exit(1);
}
