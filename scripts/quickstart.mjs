// One command from a fresh clone to a running workbench on SQLite:
// install, configure a session secret, migrate, seed, build, serve. Re-running keeps all data.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const step = (title, args) => {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(npm, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed. Fix the error above and run \`npm run quickstart\` again; nothing is lost.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

step("Installing dependencies", ["install", "--no-audit", "--no-fund"]);

const envFile = path.join(root, ".env.local");
const current = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=.+/m.test(current)) {
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
  fs.writeFileSync(envFile, (current && !current.endsWith("\n") ? `${current}\n` : current) + line, { mode: 0o600 });
  console.log("✓ Wrote a new AUTH_SECRET to .env.local");
}

step("Migrating the database", ["run", "-s", "db:migrate"]);
step("Seeding the corpus and demo users", ["run", "-s", "db:seed"]);
step("Building", ["run", "-s", "build"]);
// A try-out with published demo passwords: served on this machine only, whatever HOSTNAME says.
const serve = spawnSync(npm, ["run", "-s", "start"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, HOSTNAME: "127.0.0.1" },
});
process.exit(serve.status ?? 0);
