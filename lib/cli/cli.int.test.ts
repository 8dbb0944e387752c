import { describe, expect, it } from "vitest";
import { runCli } from "@/test/support/cli";
import { api, uniqueEmail } from "@/test/support/http";

describe("CLI", () => {
  it("prints help", async () => {
    const { code, out } = await runCli("--help");
    expect(code).toBe(0);
    expect(out).toMatch(/token create --email E/);
  });

  it("refuses an unknown command with usage", async () => {
    const { code, err } = await runCli("frobnicate");
    expect(code).toBe(2);
    expect(err).toMatch(/Unknown command "frobnicate"/);
  });

  it("creates a user, changes the role, issues a token that works over HTTP, and revokes it", async () => {
    const email = uniqueEmail("cli");
    expect(
      (await runCli("user", "create", "--email", email, "--name", "Cli User", "--password", "cli-password-1")).code,
    ).toBe(0);
    expect((await runCli("user", "list")).out).toContain(email);
    const set = await runCli("user", "set-role", "--email", email, "--role", "reviewer");
    expect(set.out).toContain(`${email} is now reviewer`);

    const created = await runCli("token", "create", "--email", email, "--name", "ci");
    expect(created.code).toBe(0);
    const token = created.out.trim().split("\n").at(-1) ?? "";
    expect(token).toMatch(/^cbt_/);
    const list = await api("/api/articles", { token });
    expect(list.status).toBe(200);
    expect((await api("/api/me", { token })).data.role).toBe("reviewer");

    const id = /id (\S+)\)/.exec(created.out)?.[1] ?? "";
    expect((await runCli("token", "revoke", "--id", id)).code).toBe(0);
    expect((await api("/api/articles", { token })).status).toBe(401);
  });

  it("explains bad arguments without a stack trace", async () => {
    const missing = await runCli("token", "create");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/--email is required/);
    const badRole = await runCli("user", "set-role", "--email", "admin@claimbench.test", "--role", "king");
    expect(badRole.code).toBe(1);
    expect(badRole.err).toMatch(/--role must be annotator, reviewer or admin/);
    const unknown = await runCli("token", "create", "--email", "nobody@claimbench.test");
    expect(unknown.err).toMatch(/User nobody@claimbench.test not found/);
  });
});
