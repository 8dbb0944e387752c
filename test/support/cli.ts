import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

export interface CommandResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs a command without blocking the event loop. (A blocking spawn outlives the server's
 * keep-alive, so the next fetch would reuse a connection the server has already closed.)
 */
export async function runCommand(
  file: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(file, args, {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === "number" ? failed.code : 1,
      out: failed.stdout ?? "",
      err: failed.stderr ?? String(error),
    };
  }
}

/** `npm run cli -- …args` against the test database. */
export function runCli(...args: string[]): Promise<CommandResult> {
  return runCommand(path.join(root, "node_modules/.bin/tsx"), ["lib/cli/main.ts", ...args], {
    DATABASE_URL: inject("databaseUrl"),
  });
}
