import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, inject, it } from "vitest";
import { testDb } from "@/test/support/http";
import { call, makeProject, spanOf } from "@/test/support/projects";
import { runExportCommand } from "./export-command";

const provider = inject("testDatabase");

const quiet = () => new PassThrough().resume();

/** Runs `export --format jsonl --status draft` with the given flags; the claim ids written and the manifest. */
async function exportDrafts(values: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-project-export-"));
  const file = path.join(dir, "claims.jsonl");
  const code = await runExportCommand({
    db: testDb(),
    values: { format: "jsonl", status: "draft", out: file, ...values },
    out: quiet(),
  });
  expect(code).toBe(0);
  const ids = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  const manifest = JSON.parse(fs.readFileSync(`${file}.manifest.json`, "utf8"));
  return { ids: ids.sort(), manifest };
}

describe(`CLI export --project on ${provider}`, () => {
  it("exports only the named project's claims, by id or by exact name, and says so in the manifest", async () => {
    const projects = [
      await makeProject({ articles: 1, annotators: 1 }),
      await makeProject({ articles: 1, annotators: 1 }),
    ];
    const claimIds: string[] = [];
    for (const project of projects) {
      const article = project.articles[0]!;
      const made = await call(`/api/articles/${article.id}/claims`, {
        method: "POST",
        token: project.annotators[0]!.token,
        json: { ...spanOf(article.text, "over 30,000 people dead"), kind: "casualty", projectId: project.id },
      });
      expect(made.status, JSON.stringify(made.data)).toBe(201);
      claimIds.push(made.data.id);
    }
    const [first, second] = projects as [(typeof projects)[0], (typeof projects)[0]];
    const name = (await testDb().project.findUniqueOrThrow({ where: { id: second.id } })).name;

    const byId = await exportDrafts({ project: first.id, "article-id": first.articles[0]!.id });
    expect(byId.ids).toEqual([claimIds[0]]);
    expect(byId.manifest.filter).toMatchObject({ projectId: first.id, status: "draft" });

    // The second project's article is not in the first: asked for with the first project, nothing.
    expect((await exportDrafts({ project: first.id, "article-id": second.articles[0]!.id })).ids).toEqual([]);

    const byName = await exportDrafts({ project: name });
    expect(byName.ids).toEqual([claimIds[1]]);
    expect(byName.manifest.filter.projectId).toBe(second.id);

    // Without --project the operator's export spans every project.
    const all = await exportDrafts({});
    expect(all.ids).toEqual(expect.arrayContaining(claimIds));
    expect(all.manifest.filter.projectId).toBeUndefined();
  });

  it("refuses a project that does not exist (404) and an empty --project, writing no file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-project-export-"));
    const file = path.join(dir, "claims.jsonl");
    const run = (project: string) =>
      runExportCommand({ db: testDb(), values: { format: "jsonl", out: file, project }, out: quiet() });
    await expect(run("No such project anywhere")).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/Project No such project anywhere/),
    });
    await expect(run("")).rejects.toMatchObject({ code: "bad_request", message: expect.stringMatching(/--project/) });
    expect(fs.existsSync(file)).toBe(false);
  });
});
