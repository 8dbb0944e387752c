import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { api, testDb } from "@/test/support/http";
import { runExportCommand } from "@/lib/cli/export-command";
import { runImportClaimsCommand } from "@/lib/cli/import-dataset-command";
import { fixture } from "@/test/support/export-fixture";
import type { ExportRecord } from "@/lib/export/records/record";

function sink() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (d: Buffer) => (text += d.toString()));
  return { stream, text: () => text };
}

const readLines = (file: string): ExportRecord[] =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe("CLI export and import-claims", () => {
  it("writes the API's bytes and manifest, and recreates the claims in a round trip", async () => {
    const f = await fixture();
    const db = testDb();
    // The statement and the author's type come back from the file too.
    await db.claim.update({
      where: { id: f.approved.id },
      data: { statement: "Over 30,000 people had died in Syria by 19 November 2012.", authorType: "organisation" },
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-export-"));
    const file = path.join(dir, "claims.jsonl");
    const out = sink();
    expect(
      await runExportCommand({
        db,
        values: { format: "jsonl", out: file, "article-id": f.article.id },
        out: out.stream,
      }),
    ).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(`${file}.manifest.json`, "utf8"));
    expect(manifest).toMatchObject({
      format: "jsonl",
      records: 2,
      filter: { status: "approved", articleId: f.article.id },
    });
    expect(createHash("sha256").update(fs.readFileSync(file)).digest("hex")).toBe(manifest.sha256);
    const fromApi = await api(`/api/export/manifest?format=jsonl&articleId=${f.article.id}`, {
      token: f.reviewer.token,
    });
    expect(fromApi.data.sha256).toBe(manifest.sha256);
    expect(out.text()).toContain("Wrote 2 claims");

    const before = readLines(file);
    // Two records that must be refused: a quote that no longer matches, an article that is not here.
    const moved = { ...before[0], id: "moved", span: { ...before[0].span, exact: "a different quote" } };
    const elsewhere = { ...before[0], id: "elsewhere", article: { ...before[0].article, id: "no-such-article" } };
    fs.appendFileSync(file, `${JSON.stringify(moved)}\n${JSON.stringify(elsewhere)}\nnot json\n`);

    await db.claim.deleteMany({ where: { articleId: f.article.id } });
    const log = sink();
    expect(await runImportClaimsCommand({ db, paths: [file], email: f.annotator.user.email, out: log.stream })).toBe(1);
    expect(log.text()).toMatch(/refused line 3 \(claim moved\): quote "a different quote" no longer matches/);
    expect(log.text()).toMatch(/refused line 4 \(claim elsewhere\): article no-such-article does not exist/);
    expect(log.text()).toMatch(/refused line 5: not valid JSON/);
    expect(log.text()).toContain("Imported 2 claims and 2 evidence links; 0 already present, 3 refused");

    const again = path.join(dir, "again.jsonl");
    await runExportCommand({
      db,
      values: { format: "jsonl", out: again, "article-id": f.article.id },
      out: sink().stream,
    });
    const after = readLines(again);
    const newId = new Map<string, string>();
    for (const a of after) newId.set(before.find((b) => b.span.start === a.span.start)!.id, a.id);
    // An imported claim is a new row: its own id and its own last change (updatedAt).
    const normalise = (r: ExportRecord, ids: (id: string) => string): ExportRecord => ({
      ...r,
      updatedAt: "",
      id: ids(r.id),
      evidence: r.evidence.map((e) => (e.type === "claim" ? { ...e, targetClaimId: ids(e.targetClaimId) } : e)),
    });
    const sortBySpan = (rs: ExportRecord[]) => [...rs].sort((a, b) => a.span.start - b.span.start);
    expect(sortBySpan(after.map((r) => normalise(r, (id) => id)))).toEqual(
      sortBySpan(before.map((r) => normalise(r, (id) => newId.get(id) ?? id))),
    );

    const rerun = sink();
    await runImportClaimsCommand({ db, paths: [file], email: f.annotator.user.email, out: rerun.stream });
    expect(rerun.text()).toContain("Imported 0 claims and 0 evidence links; 2 already present");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
