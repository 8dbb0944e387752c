/** The load and queue benches' baseline server (baseline-server.ts), started as its own process. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "../..");

/** Starts the baseline server as its own process (so its RSS and CPU are its own). */
export async function startBaseline(
  databaseUrl: string,
  listenPort?: number,
): Promise<{ url: string; process: ChildProcess; stop(): Promise<void> }> {
  // The same pragmas the app sets on its SQLite connection.
  const { SQLITE_PRAGMAS } = await import("@/lib/db/sqlite-adapter");
  const args = [
    path.join(root, "bench/load/baseline-server.ts"),
    "--url",
    databaseUrl,
    "--sqlite-pragmas",
    JSON.stringify(SQLITE_PRAGMAS),
    ...(listenPort === undefined ? [] : ["--port", String(listenPort)]),
  ];
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    lines.once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`baseline server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
