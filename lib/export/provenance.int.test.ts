import { describe, expect, it, vi } from "vitest";
import { api, baseUrl, testDb } from "@/test/support/http";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { annotatedArticle } from "@/test/support/adjudication";
import { closeAdjudication } from "@/lib/adjudication/close-adjudication";
import { decideUnit } from "@/lib/adjudication/decide-unit";
import { DecisionInput } from "@/lib/adjudication/schema";
import { settleAnnotatedArticle } from "@/lib/adjudication/settle-article";
import { adjudicationView } from "@/lib/adjudication/adjudication-view";
import { loadArticleState } from "@/lib/adjudication/article-state";
import { getAgreementReport } from "@/lib/agreement/get-agreement-report";
import { AgreementQuery } from "@/lib/agreement/filters";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { claimExportFormats, type ExportFilter } from "./schema";
import { formatWriter } from "./formats/writer-for";
import { readExportRecords } from "./records/read-export-records";
import { exportWhere } from "./records/where";
import { exportClaimSelect, toExportRecord, type ExportRecord } from "./records/record";
import { scopeExportFilter } from "./export-scope";
import { exportAgreement } from "./export-agreement";

const db = () => testDb();
const casualty = { kind: "casualty", qualifier: "more_than", unit: "people" };

/**
 * Two annotators on one article, the project merging unanimous units: "over 30,000 people dead"
 * the same (merged), "more than 40,000 people" with different values (the reviewer takes the
 * first annotator's, reason annotator_error), "Activists" only by the second (rejected).
 */
async function adjudicated() {
  const f = await annotatedArticle(db(), {
    project: { autoMerge: "unanimous", adjudicationIsReview: true },
    claims: [
      { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000, verdict: "supported" },
      { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 30000, verdict: "supported" },
      { annotator: 0, phrase: "more than 40,000 people", ...casualty, value: 40000, verdict: "supported" },
      { annotator: 1, phrase: "more than 40,000 people", ...casualty, value: 4000, verdict: "supported" },
      { annotator: 1, phrase: "Activists", kind: "event" },
    ],
  });
  await db().$transaction((tx) =>
    settleAnnotatedArticle(tx, { projectId: f.project.id, articleId: f.article.id, actorId: null }),
  );
  const actor = { id: f.reviewer.id, role: "reviewer" as const };
  const view = async () => adjudicationView(db(), (await loadArticleState(db(), f.project.id, f.article.id))!);
  const decide = (input: unknown) =>
    decideUnit({
      db: db(),
      actor,
      projectId: f.project.id,
      articleId: f.article.id,
      input: DecisionInput.parse(input),
    });
  let v = await view();
  const u40k = v.units.find((u) => u.claimIds.includes(f.claimIds[2]))!;
  const uActivists = v.units.find((u) => u.claimIds.includes(f.claimIds[4]))!;
  v = await decide({
    action: "take",
    version: v.version,
    unitClaimIds: u40k.claimIds,
    claimId: f.claimIds[2],
    reasonCode: "annotator_error",
    comment: "The text says more than 40,000.",
  });
  v = await decide({
    action: "reject",
    version: v.version,
    unitClaimIds: uActivists.claimIds,
    reasonCode: "not_a_claim",
  });
  await closeAdjudication({ db: db(), actor, projectId: f.project.id, articleId: f.article.id, version: v.version! });
  return f;
}

async function records(filter: ExportFilter): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of readExportRecords({ db: db(), filter, batchRows: 2 })) out.push(r);
  return out;
}

async function reference(filter: ExportFilter): Promise<ExportRecord[]> {
  const rows = await db().claim.findMany({
    where: exportWhere(filter),
    orderBy: { id: "asc" },
    select: exportClaimSelect,
  });
  return rows.map(toExportRecord);
}

const render = (format: (typeof claimExportFormats)[number], filter: ExportFilter, list: ExportRecord[]) => {
  const w = formatWriter(format, { filter });
  return w.begin() + list.map((r) => w.record(r)).join("") + w.end();
};

describe("export of a project with a gold layer", () => {
  vi.stubEnv("CLAIMREVIEW_URL_TEMPLATE", "https://factcheck.example.org/claims/{id}");

  it("writes the gold claims with their provenance, the same through the cursor as through Prisma", async () => {
    const f = await adjudicated();
    const reviewer = { id: f.reviewer.id, role: "reviewer" as const };
    const filter = await scopeExportFilter({
      db: db(),
      actor: reviewer,
      filter: { status: "approved", projectId: f.project.id },
    });
    expect(filter.layers).toBe("gold");
    const gold = await records(filter);
    expect(gold.map((r) => [r.span.exact, r.layer])).toEqual(
      expect.arrayContaining([
        ["over 30,000 people dead", "gold"],
        ["more than 40,000 people", "gold"],
      ]),
    );
    expect(gold).toHaveLength(2);
    const [a, b] = f.annotators;
    const merged = gold.find((r) => r.span.exact === "over 30,000 people dead")!;
    expect(merged.provenance).toMatchObject({
      kind: "unanimous",
      action: "merge",
      adjudicator: null,
      reasonCode: null,
      sources: [f.claimIds[0], f.claimIds[1]]
        .map((claimId, i) => ({ claimId, annotator: { id: [a, b][i].id, name: [a, b][i].name } }))
        .sort((x, y) => (x.claimId < y.claimId ? -1 : 1)),
    });
    const taken = gold.find((r) => r.span.exact === "more than 40,000 people")!;
    expect(taken).toMatchObject({ value: 40000, status: "approved" });
    expect(taken.provenance).toMatchObject({
      kind: "adjudicated",
      action: "take",
      sources: [{ claimId: f.claimIds[2], annotator: { id: a.id, name: a.name } }],
      adjudicator: { id: f.reviewer.id, name: f.reviewer.name },
      reasonCode: "annotator_error",
      comment: "The text says more than 40,000.",
    });

    const both = { ...filter, layers: "gold+raw" as const };
    const all = await records(both);
    expect(
      all
        .filter((r) => r.layer === "annotation")
        .map((r) => r.id)
        .sort(),
    ).toEqual([...f.claimIds].sort());
    expect(all.filter((r) => r.layer === "annotation").every((r) => r.provenance === null)).toBe(true);

    // The cursor's SQL and the Prisma reference agree byte for byte, in every format, and repeat.
    const filters: ExportFilter[] = [filter, both, { ...both, kind: "event" }, { ...filter, status: "submitted" }];
    for (const fl of filters)
      for (const format of claimExportFormats) {
        const bytes = render(format, fl, await records(fl));
        expect(bytes, `${format} ${JSON.stringify(fl)}`).toBe(render(format, fl, await reference(fl)));
        expect(render(format, fl, await records(fl))).toBe(bytes);
      }
    // ClaimReview: the gold claims only, also beside the raw layers.
    const reviews = JSON.parse(render("claimreview", both, all)) as { identifier: string }[];
    expect(reviews.map((r) => r.identifier).sort()).toEqual(gold.map((r) => r.id).sort());
  });

  it("an annotator's export carries no other annotator's raw layer", async () => {
    const f = await adjudicated();
    const [a] = f.annotators;
    const filter: ExportFilter = { status: "approved", projectId: f.project.id, layers: "gold+raw", annotatorId: a.id };
    const all = await records(filter);
    expect(all.filter((r) => r.layer === "gold")).toHaveLength(2);
    expect(all.filter((r) => r.layer === "annotation").map((r) => r.annotator.id)).toEqual([a.id, a.id]);
    expect(all).toEqual(await reference(filter));
  });

  it("layers is refused (400) for a project without a gold layer", async () => {
    const f = await adjudicated();
    const reviewer = { id: f.reviewer.id, role: "admin" as const };
    const scoped = await scopeExportFilter({
      db: db(),
      actor: reviewer,
      filter: { status: "approved", projectId: DEFAULT_PROJECT_ID },
    });
    expect(scoped).not.toHaveProperty("layers");
    await expect(
      scopeExportFilter({
        db: db(),
        actor: reviewer,
        filter: { status: "approved", projectId: DEFAULT_PROJECT_ID, layers: "gold" },
      }),
    ).rejects.toMatchObject({ code: "bad_request", issues: [{ path: "layers" }] });
  });

  it("the manifest's agreement is the project report's figures on the exported articles, the same every time", async () => {
    const f = await adjudicated();
    const filter: ExportFilter = { status: "approved", projectId: f.project.id, layers: "gold" };
    const agreement = await exportAgreement({ db: db(), filter });
    expect(agreement).not.toBeNull();
    expect(agreement!.totals).toMatchObject({ articles: 1, annotators: 2, claims: 5, units: 3 });
    expect(agreement!.settings).toMatchObject({ seed: 1, bootstrapSamples: 1000 });
    const report = await getAgreementReport({
      db: db(),
      actor: { id: f.reviewer.id, role: "reviewer" },
      projectId: f.project.id,
      query: AgreementQuery.parse({ article: f.article.id, seed: "1" }),
    });
    expect(agreement!.overall).toEqual(report.overall);
    expect(agreement!.overall.finding.interval).not.toBeNull();
    expect(JSON.stringify(await exportAgreement({ db: db(), filter }))).toBe(JSON.stringify(agreement));
    // Nothing exported, nothing measured; no gold layer, no agreement.
    expect((await exportAgreement({ db: db(), filter: { ...filter, kind: "quantity" } }))!.totals.articles).toBe(0);
    expect(
      await exportAgreement({ db: db(), filter: { status: "approved", projectId: DEFAULT_PROJECT_ID } }),
    ).toBeNull();
  });

  it("over HTTP: the download carries provenance, the manifest the agreement, and layers of a one-annotator project is a 400", async () => {
    const f = await adjudicated();
    const token = (await createApiToken({ db: db(), userId: f.reviewer.id, input: { name: "test" } })).secret;
    const lines = async (query: string) => {
      const res = await fetch(`${baseUrl()}/api/export?format=jsonl&projectId=${f.project.id}${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      return (await res.text())
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as ExportRecord);
    };
    const gold = await lines("");
    expect(gold.map((r) => r.layer)).toEqual(["gold", "gold"]);
    expect(gold.every((r) => r.provenance !== null)).toBe(true);
    expect((await lines("&layers=gold%2Braw")).filter((r) => r.layer === "annotation")).toHaveLength(5);

    const manifest = await api(`/api/export/manifest?format=jsonl&projectId=${f.project.id}`, { token });
    expect(manifest.status).toBe(200);
    expect(manifest.data.filter).toMatchObject({ layers: "gold" });
    expect(manifest.data.agreement.totals).toMatchObject({ articles: 1, annotators: 2, units: 3 });
    expect(manifest.data.agreement.overall.finding).toMatchObject({ units: 3, incomplete: 0 });
    expect(manifest.data.agreement.overall.finding.interval).toMatchObject({ level: 0.95 });
    const again = await api(`/api/export/manifest?format=jsonl&projectId=${f.project.id}`, { token });
    expect({ ...again.data, generatedAt: null }).toEqual({ ...manifest.data, generatedAt: null });

    const bad = await api(`/api/export?format=jsonl&projectId=${DEFAULT_PROJECT_ID}&layers=gold`, { token });
    expect(bad.status).toBe(400);
    expect(bad.data.error.message).toMatch(/several annotators per article/);
    const badValue = await api(`/api/export?format=jsonl&projectId=${f.project.id}&layers=all`, { token });
    expect(badValue.status).toBe(400);
    expect(badValue.data.error.issues[0]).toMatchObject({ path: "layers", message: "must be one of gold, gold+raw" });
  });
});
