// Shared by the start-up scripts: the project root, .env files, and child processes.
import { spawnSync } from "node:child_process";
import path from "node:path";
import nextEnv from "@next/env";

export const root = path.resolve(import.meta.dirname, "..");

/** Loads .env, .env.local etc. the way `next start` does, so scripts and server agree. */
export function loadEnv(dev = false) {
  nextEnv.loadEnvConfig(root, dev, { info: () => {}, error: console.error });
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.CHECKPOINT_DISABLE ??= "1";
}

/** Runs a command in the project root, streaming its output; exits on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
