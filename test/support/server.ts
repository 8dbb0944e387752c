import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
  output(): string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Serves the built app (scripts/server.mjs, production mode) against the given database; `dir` and
 * `readyPath` serve another Next.js app (the reader bench's floor), answering 2xx at `readyPath`.
 */
export async function startServer({
  databaseUrl,
  env = {},
  port,
  nodeArgs = [],
  dir = root,
  readyPath = "/api/health",
}: {
  databaseUrl?: string;
  env?: Record<string, string>;
  port?: number;
  nodeArgs?: string[];
  dir?: string;
  readyPath?: string;
}): Promise<RunningServer> {
  const listen = port ?? (await freePort());
  // The app is served the way `npm start` serves it (scripts/server.mjs); another app by next start.
  const command =
    dir === root
      ? [path.join(root, "scripts/server.mjs")]
      : [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(listen), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, [...nodeArgs, ...command], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOSTNAME: "127.0.0.1",
      PORT: String(listen),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      AUTH_SECRET: "integration-test-secret-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${listen}`,
      SIGNIN_MAX_FAILURES_PER_IP: "10000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}${readyPath}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start did not become healthy in 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    process: child,
    output: () => log,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}
