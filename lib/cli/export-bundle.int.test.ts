import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { api, baseUrl, testDb } from "@/test/support/http";
import { runCli } from "@/test/support/cli";
import { annotatedArticle } from "@/test/support/adjudication";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { settleAnnotatedArticle } from "@/lib/adjudication/settle-article";
import { closeAdjudication } from "@/lib/adjudication/close-adjudication";
import { adjudicationView } from "@/lib/adjudication/adjudication-view";
import { loadArticleState } from "@/lib/adjudication/article-state";
import { decideUnit } from "@/lib/adjudication/decide-unit";
import { DecisionInput } from "@/lib/adjudication/schema";

const db = () => testDb();
const casualty = { kind: "casualty", qualifier: "more_than", unit: "people" };
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Two annotators on one article who agree on one claim and differ on another's value; the
 * project merges unanimous units and the reviewer closes the adjudication, so the project has
 * approved gold claims and an agreement report.
 */
async function goldProject() {
  const f = await annotatedArticle(db(), {
    project: { autoMerge: "unanimous", adjudicationIsReview: true },
    claims: [
      { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000, verdict: "supported" },
      { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 30000, verdict: "supported" },
      { annotator: 0, phrase: "more than 40,000 people", ...casualty, value: 40000 },
      { annotator: 1, phrase: "more than 40,000 people", ...casualty, value: 4000 },
    ],
  });
  await db().$transaction((tx) =>
    settleAnnotatedArticle(tx, { projectId: f.project.id, articleId: f.article.id, actorId: null }),
  );
  const actor = { id: f.reviewer.id, role: "reviewer" as const };
  const at = { db: db(), actor, projectId: f.project.id, articleId: f.article.id };
  let view = await adjudicationView(db(), (await loadArticleState(db(), f.project.id, f.article.id))!);
  // The merged unit is decided; the reviewer takes the first annotator's value in the other.
  const split = view.units.find((u) => u.claimIds.includes(f.claimIds[2]!))!;
  view = await decideUnit({
    ...at,
    input: DecisionInput.parse({
      action: "take",
      version: view.version,
      unitClaimIds: split.claimIds,
      claimId: f.claimIds[2],
      reasonCode: "annotator_error",
    }),
  });
  await closeAdjudication({ ...at, version: view.version! });
  const token = (await createApiToken({ db: db(), userId: f.reviewer.id, input: { name: "bundle" } })).secret;
  return { ...f, token };
}

describe("CLI export --format bundle", () => {
  it("writes the API's bundle byte for byte, agreement.json and the card's agreement included", async () => {
    const f = await goldProject();
    const query = `format=bundle&projectId=${f.project.id}`;
    const res = await fetch(`${baseUrl()}/api/export?${query}`, { headers: { authorization: `Bearer ${f.token}` } });
    expect(res.status).toBe(200);
    const fromApi = new Uint8Array(await res.arrayBuffer());

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-bundle-")), "claims.bundle.zip");
    const run = await runCli("export", "--format", "bundle", "--project", f.project.id, "--out", file);
    expect(run.code, run.err).toBe(0);
    const fromCli = new Uint8Array(fs.readFileSync(file));
    expect(sha256(fromCli)).toBe(sha256(fromApi));
    expect(Buffer.compare(Buffer.from(fromCli), Buffer.from(fromApi))).toBe(0);

    // The CLI's manifest hashes the same bytes as the API's manifest says.
    const cliManifest = JSON.parse(fs.readFileSync(`${file}.manifest.json`, "utf8"));
    const apiManifest = await api(`/api/export/manifest?${query}`, { token: f.token });
    expect(apiManifest.status).toBe(200);
    expect(cliManifest.sha256).toBe(apiManifest.data.sha256);
    expect(cliManifest.filter).toEqual(apiManifest.data.filter);

    const files = unzipSync(fromCli);
    expect(Object.keys(files)).toContain("agreement.json");
    const agreement = JSON.parse(strFromU8(files["agreement.json"]!));
    expect(agreement.totals).toMatchObject({ articles: 1, annotators: 2 });
    // Annotators unnamed, as the API's bundle has them.
    expect(strFromU8(files["agreement.json"]!)).not.toContain(f.annotators[0]!.name);
    const card = strFromU8(files["README.md"]!);
    expect(card).toContain("## Agreement");
    expect(card).toContain("Measured on 1 articles annotated independently by 2 annotators");
    const inZip = JSON.parse(strFromU8(files["manifest.json"]!)) as {
      files: { path: string; sha256: string; bytes: number }[];
    };
    const listed = inZip.files.find((entry) => entry.path === "agreement.json");
    expect(listed).toEqual({
      path: "agreement.json",
      bytes: files["agreement.json"]!.length,
      sha256: sha256(files["agreement.json"]!),
    });
    // The gold claims are the data.
    const claims = strFromU8(files["claims.jsonl"]!).trim().split("\n");
    expect(claims.length).toBeGreaterThan(0);
    for (const line of claims) expect(JSON.parse(line)).toMatchObject({ layer: "gold", status: "approved" });
  });
});
