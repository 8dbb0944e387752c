import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it, inject } from "vitest";
import { freePort } from "@/test/support/server";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs a server command without AUTH_SECRET (empty beats any .env file) and collects how it ends. */
async function runWithoutSecret(args: (port: string) => string[]) {
  const port = await freePort();
  const child = spawn(process.execPath, args(String(port)), {
    cwd: root,
    env: {
      ...process.env,
      AUTH_SECRET: "",
      PORT: String(port),
      NODE_ENV: "production",
      DATABASE_URL: inject("databaseUrl"),
    },
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  // next start only runs instrumentation on its first request; poke it.
  const poke = setInterval(() => fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined), 500);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  clearTimeout(timer);
  clearInterval(poke);
  return { code, output };
}

describe("production without AUTH_SECRET", () => {
  it("npm start refuses to start and says what to do", async () => {
    const { code, output } = await runWithoutSecret(() => ["scripts/start.mjs"]);
    expect(code).toBe(1);
    expect(output).toMatch(/AUTH_SECRET is not set/);
    expect(output).toMatch(/npm run quickstart/);
  });

  it("next start itself refuses too", async () => {
    const { code, output } = await runWithoutSecret((port) => [
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      port,
    ]);
    expect(code).not.toBe(0);
    expect(output).toMatch(/AUTH_SECRET is not set/);
  });
});
