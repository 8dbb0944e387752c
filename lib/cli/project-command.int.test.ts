import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@/test/support/cli";
import { testDb, userWithToken } from "@/test/support/http";
import { call, marker } from "@/test/support/projects";

/** A library article with unique text, made over HTTP. */
async function article(token: string, m: string) {
  const res = await call("/api/articles", {
    method: "POST",
    token,
    json: { title: `CLI article ${m}`, text: `Officials said over 30,000 people dead were counted.\n\nMarker ${m}.` },
  });
  expect(res.status, JSON.stringify(res.data)).toBe(201);
  return res.data.id as string;
}

// Each command is a process of its own (about 2 s on a quiet machine, many more on a busy one).
describe("CLI: project commands", { timeout: 300_000 }, () => {
  it("creates a project, adds articles by id and by search, adds members and assigns by CSV and one by one", async () => {
    const manager = await userWithToken("reviewer");
    const [first, second] = [await userWithToken("annotator"), await userWithToken("annotator")];
    const m = marker();
    const name = `CLI project ${m}`;
    const created = await runCli(
      "project",
      "create",
      "--name",
      name,
      "--per-article",
      "2",
      "--licence",
      "CC-BY-4.0",
      "--email",
      manager.user.email,
    );
    expect(created.code, created.err).toBe(0);
    expect(created.out).toMatch(/2 annotator\(s\) per article, blind/);
    const project = await testDb().project.findUniqueOrThrow({ where: { name } });
    expect(project).toMatchObject({ annotatorsPerArticle: 2, blind: true, licence: "CC-BY-4.0" });
    // The creator manages it, and the audit trail names them.
    const audit = await testDb().auditEvent.findFirstOrThrow({
      where: { entityId: project.id, action: "project.create" },
    });
    expect(audit.actorId).toBe(manager.user.id);

    const byId = await article(manager.token, `${m}a`);
    const bySearch = await article(manager.token, `${m}b`);
    const added = await runCli("project", "add-articles", "--project", project.id, "--ids", byId);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain("Added 1 article(s)");
    const searched = await runCli("project", "add-articles", "--project", name, "--search", `Marker ${m}`);
    expect(searched.out).toContain("Added 1 article(s) to the project; 1 were already in it");

    for (const who of [first, second]) {
      const res = await runCli("project", "members", "--project", name, "--add", who.user.email, "--role", "annotator");
      expect(res.code, res.err).toBe(0);
    }
    const listed = await runCli("project", "members", "--project", name);
    expect(listed.out).toContain(first.user.email);
    expect(listed.out).toMatch(new RegExp(`${manager.user.email.replace(/[.]/g, "\\.")}\\s+manager`));

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-cli-"));
    const csv = path.join(dir, "assign.csv");
    fs.writeFileSync(csv, `article,email\n${byId},${first.user.email}\n${byId},${second.user.email}\n`);
    const assigned = await runCli("project", "assign", "--project", name, "--csv", csv);
    expect(assigned.code, assigned.err).toBe(0);
    expect(assigned.out).toContain("Assigned 2 article slot(s)");
    const one = await runCli(
      "project",
      "assign",
      "--project",
      name,
      "--article-id",
      bySearch,
      "--annotator",
      first.user.email,
    );
    expect(one.code, one.err).toBe(0);
    const assignments = await testDb().assignment.findMany({ where: { projectId: project.id } });
    expect(assignments.map((a) => `${a.articleId} ${a.annotatorId}`).sort()).toEqual(
      [`${byId} ${first.user.id}`, `${byId} ${second.user.id}`, `${bySearch} ${first.user.id}`].sort(),
    );
    // The annotator's queue over HTTP shows what the CLI assigned.
    const queue = await call(`/api/projects/${project.id}/queue`, { token: first.token });
    expect(queue.status).toBe(200);
    expect(JSON.stringify(queue.data)).toContain(bySearch);

    // A member who holds an open assignment stays until it is returned; one who holds none goes.
    const held = await runCli("project", "members", "--project", name, "--remove", second.user.email);
    expect(held.code).toBe(1);
    expect(held.err).toMatch(/holds 1 open assignment/);
    const third = await userWithToken("annotator");
    expect((await runCli("project", "members", "--project", name, "--add", third.user.email)).code).toBe(0);
    const removed = await runCli("project", "members", "--project", name, "--remove", third.user.email);
    expect(removed.code, removed.err).toBe(0);
    expect(removed.out).toContain("is no longer a member");
    expect((await runCli("project", "list")).out).toContain(name);
  });

  it("says what was wrong, changes nothing and exits 1 on bad input", async () => {
    const manager = await userWithToken("reviewer");
    const name = `CLI refusals ${marker()}`;
    const tooMany = await runCli(
      "project",
      "create",
      "--name",
      name,
      "--per-article",
      "9",
      "--email",
      manager.user.email,
    );
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toMatch(/^Error: --per-article: /m);
    expect(await testDb().project.count({ where: { name } })).toBe(0);

    expect((await runCli("project", "create", "--email", manager.user.email)).err).toMatch(/--name is required/);
    expect((await runCli("project", "frobnicate")).err).toMatch(/Unknown project command "frobnicate"/);
    expect((await runCli("project", "members", "--project", "no such project")).err).toMatch(
      /Project no such project not found/,
    );

    expect((await runCli("project", "create", "--name", name, "--email", manager.user.email)).code).toBe(0);
    const again = await runCli("project", "create", "--name", name, "--email", manager.user.email);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-cli-"));
    const csv = path.join(dir, "bad.csv");
    fs.writeFileSync(csv, "no-such-article,nobody@claimbench.test\n");
    const bad = await runCli("project", "assign", "--project", name, "--csv", csv);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/nothing was assigned/);
    const notMember = await runCli("project", "members", "--project", name, "--add", "nobody@claimbench.test");
    expect(notMember.err).toMatch(/names no user of this instance/);
    // An annotator may not manage a project they do not manage.
    const annotator = await userWithToken("annotator");
    const refused = await runCli(
      "project",
      "add-articles",
      "--project",
      name,
      "--search",
      "x",
      "--email",
      annotator.user.email,
    );
    expect(refused.code).toBe(1);
  });
});
