import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it, inject } from "vitest";
import { api, uniqueEmail } from "@/lib/testing/http";

const root = path.resolve(import.meta.dirname, "../..");

function cli(...args: string[]) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["lib/cli/main.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("CLI", () => {
  it("prints help", () => {
    const { code, out } = cli("--help");
    expect(code).toBe(0);
    expect(out).toMatch(/token create --email E/);
  });

  it("refuses an unknown command with usage", () => {
    const { code, err } = cli("frobnicate");
    expect(code).toBe(2);
    expect(err).toMatch(/Unknown command "frobnicate"/);
  });

  it("creates a user, changes the role, issues a token that works over HTTP, and revokes it", async () => {
    const email = uniqueEmail("cli");
    expect(cli("user", "create", "--email", email, "--name", "Cli User", "--password", "cli-password-1").code).toBe(0);
    expect(cli("user", "list").out).toContain(email);
    const set = cli("user", "set-role", "--email", email, "--role", "reviewer");
    expect(set.out).toContain(`${email} is now reviewer`);

    const created = cli("token", "create", "--email", email, "--name", "ci");
    expect(created.code).toBe(0);
    const token = created.out.trim().split("\n").at(-1) ?? "";
    expect(token).toMatch(/^cbt_/);
    const list = await api("/api/articles", { token });
    expect(list.status).toBe(200);
    expect((await api("/api/me", { token })).data.role).toBe("reviewer");

    const id = /id (\S+)\)/.exec(created.out)?.[1] ?? "";
    expect(cli("token", "revoke", "--id", id).code).toBe(0);
    expect((await api("/api/articles", { token })).status).toBe(401);
  });

  it("explains bad arguments without a stack trace", () => {
    const missing = cli("token", "create");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/--email is required/);
    const badRole = cli("user", "set-role", "--email", "admin@claimbench.test", "--role", "king");
    expect(badRole.code).toBe(1);
    expect(badRole.err).toMatch(/--role must be annotator, reviewer or admin/);
    const unknown = cli("token", "create", "--email", "nobody@claimbench.test");
    expect(unknown.err).toMatch(/User nobody@claimbench.test not found/);
  });
});
