/**
 * Agreement and adjudication over HTTP: the report (JSON and CSV), the queue, decisions with the
 * 409 between adjudicators, closing, "what changed in my work", who may call what, and that a
 * blind annotator sees nothing of the others' layers, nor of the gold, until adjudication is done.
 */
import { describe, expect, it } from "vitest";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { projectAccess } from "@/lib/projects/project-access";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { annotatedArticle } from "@/test/support/adjudication";
import { api, baseUrl, testDb } from "@/test/support/http";
import { settleAnnotatedArticle } from "./settle-article";

const db = () => testDb();
const tokenOf = async (userId: string) => (await createApiToken({ db: db(), userId, input: { name: "test" } })).secret;
const casualty = { kind: "casualty", qualifier: "more_than", unit: "people" };

/** The scenario: one annotator tags "over 30,000 people dead" right and "more than 40,000 people"; the other a wrong value, and misses the second. */
async function scenario(project: Parameters<typeof annotatedArticle>[1]["project"] = { autoMerge: "none" }) {
  const f = await annotatedArticle(db(), {
    project,
    claims: [
      { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
      { annotator: 0, phrase: "more than 40,000 people", ...casualty, value: 40000 },
      { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 3000 },
    ],
  });
  await db().$transaction((tx) =>
    settleAnnotatedArticle(tx, { projectId: f.project.id, articleId: f.article.id, actorId: null }),
  );
  const [first, second, reviewer] = await Promise.all([
    tokenOf(f.annotators[0].id),
    tokenOf(f.annotators[1].id),
    tokenOf(f.reviewer.id),
  ]);
  return { ...f, tokens: { first, second, reviewer } };
}

describe("GET /api/projects/{id}/agreement", () => {
  it("answers the report the measures predict, as JSON and as CSV, to reviewers only", async () => {
    const s = await scenario();
    const base = `/api/projects/${s.project.id}/agreement`;
    const res = await api(base, { token: s.tokens.reviewer });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(res.data.totals).toEqual({ articles: 1, articlesSkipped: 0, annotators: 2, claims: 3, units: 2 });
    // Kinds casualty, casualty | casualty, no claim: α = 0; the value α rests on one unit: 0.
    expect(res.data.overall.finding).toMatchObject({ measure: "alpha_nominal", value: 0, units: 2 });
    expect(res.data.overall.value).toMatchObject({ value: 0, units: 1, excluded: 1 });
    expect(res.data.overall.spanF1Exact.value).toBeCloseTo(2 / 3, 12);
    expect(res.data.pairs).toHaveLength(1);
    expect(res.data.annotators.map((a: { label: string }) => a.label).sort()).toEqual(
      s.annotators.map((a) => a.name).sort(),
    );
    expect(res.data.overall.finding.interval).toMatchObject({ level: 0.95, samples: 1000 });

    // A relative tolerance of 95 % counts 3,000 and 30,000 as agreeing.
    const tolerant = await api(`${base}?tolerance=0.95&bootstrap=0`, { token: s.tokens.reviewer });
    expect(tolerant.data.overall.value).toMatchObject({ value: 1, noVariation: true, interval: null });

    const csv = await fetch(`${baseUrl()}${base}?format=csv`, {
      headers: { authorization: `Bearer ${s.tokens.reviewer}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="agreement-/);
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toMatch(/^scope,scope_id,scope_label,annotator_a,annotator_b,figure,measure,value,units/);
    expect(lines.find((l) => l.startsWith("overall,,,,,finding,"))).toMatch(
      /^overall,,,,,finding,alpha_nominal,0,2,0,0,/,
    );

    expect((await api(base, { token: s.tokens.first })).status).toBe(403);
    const outsider = await api(base, {
      token: await tokenOf((await db().user.findFirstOrThrow({ where: { role: "admin" } })).id),
    });
    expect(outsider.status).toBe(200); // instance admins manage every project
    const bad = await api(`${base}?pair=${s.annotators[0].id}`, { token: s.tokens.reviewer });
    expect(bad.status).toBe(400);
    expect(bad.data.error.message).toMatch(/pair: must name exactly two different annotators/);
  });
});

describe("adjudication over HTTP", () => {
  it("decides, refuses a stale version with 409, closes, and shows the annotator what changed", async () => {
    const s = await scenario();
    const path = `/api/projects/${s.project.id}/articles/${s.article.id}/adjudication`;
    const queue = await api(`/api/projects/${s.project.id}/adjudications`, { token: s.tokens.reviewer });
    expect(queue.status).toBe(200);
    expect(queue.data.items).toMatchObject([{ articleId: s.article.id, state: "open", decisions: 0, goldClaims: 0 }]);

    const view = await api(path, { token: s.tokens.reviewer });
    expect(view.status).toBe(200);
    expect(view.data).toMatchObject({ state: "open", version: 1, undecided: 2 });
    const [u30k, u40k] = view.data.units as { claimIds: string[]; differs: string[] }[];
    expect(u30k.differs).toEqual(["value"]);
    expect(u40k.differs).toEqual(["finding"]);

    const take = await api(path, {
      method: "POST",
      token: s.tokens.reviewer,
      json: {
        action: "take",
        version: 1,
        unitClaimIds: u30k.claimIds,
        claimId: s.claimIds[0],
        reasonCode: "annotator_error",
        comment: "The article says over 30,000.",
      },
    });
    expect(take.status, JSON.stringify(take.data)).toBe(200);
    expect(take.data.version).toBe(2);

    // A second adjudicator still on version 1 is refused and told the current version.
    const stale = await api(path, {
      method: "POST",
      token: s.tokens.reviewer,
      json: { action: "reject", version: 1, unitClaimIds: u40k.claimIds, reasonCode: "other" },
    });
    expect(stale.status).toBe(409);
    expect(stale.data.error).toMatchObject({ code: "conflict" });
    expect(JSON.stringify(stale.data)).toContain('"version":2');

    // An annotator may not adjudicate; an unknown action is a 422.
    expect(
      (
        await api(path, {
          method: "POST",
          token: s.tokens.first,
          json: { action: "reject", version: 2, unitClaimIds: u40k.claimIds, reasonCode: "other" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api(path, { method: "POST", token: s.tokens.reviewer, json: { action: "merge", version: 2 } })).status,
    ).toBe(422);

    // Blind: before the adjudication is done, neither annotator may see the other's claims or the
    // gold (the project's one read rule, which every read path applies).
    const visibleTo = async (annotator: { id: string }) => {
      const access = await projectAccess({
        db: db(),
        actor: { id: annotator.id, role: "annotator" },
        projectId: s.project.id,
      });
      const rows = await db().claim.findMany({
        where: { AND: [visibleClaimsWhere(access), { articleId: s.article.id }] },
        select: { id: true },
      });
      return rows.map((c) => c.id).sort();
    };
    expect(await visibleTo(s.annotators[0])).toEqual([s.claimIds[0], s.claimIds[1]].sort());
    expect(await visibleTo(s.annotators[1])).toEqual([s.claimIds[2]]);

    const keep = await api(path, {
      method: "POST",
      token: s.tokens.reviewer,
      json: { action: "take", version: 2, unitClaimIds: u40k.claimIds, claimId: s.claimIds[1] },
    });
    expect(keep.status).toBe(200);
    const closed = await api(`${path}/close`, { method: "POST", token: s.tokens.reviewer, json: { version: 3 } });
    expect(closed.status, JSON.stringify(closed.data)).toBe(200);
    expect(closed.data).toMatchObject({ state: "done", articleState: "adjudicated" });

    // Adjudicated: the layers and the gold are visible to the annotators.
    expect((await visibleTo(s.annotators[1])).length).toBe(5);

    const mine = await api(`/api/projects/${s.project.id}/my-changes`, { token: s.tokens.second });
    expect(mine.status, JSON.stringify(mine.data)).toBe(200);
    expect(mine.data.total).toBe(1);
    const [article] = mine.data.articles;
    expect(article.claims).toMatchObject([
      {
        outcome: "replaced",
        claim: { id: s.claimIds[2], value: 3000 },
        changes: [{ field: "value", mine: 3000, gold: 30000 }],
        gold: { reasonCode: "annotator_error", comment: "The article says over 30,000.", provenance: "adjudicated" },
      },
    ]);
    expect(article.missed).toMatchObject([{ exact: "more than 40,000 people" }]);
    expect(mine.data.overTime).toHaveLength(1);
    expect(mine.data.overTime[0].spanF1Exact).toMatchObject({ matched: 1, claimsA: 2, claimsB: 1 });
    const firstView = await api(`/api/projects/${s.project.id}/my-changes`, { token: s.tokens.first });
    expect(firstView.data.articles[0].claims.map((c: { outcome: string }) => c.outcome)).toEqual(["kept", "kept"]);
  });

  it("hides the annotators' names when the project adjudicates anonymously", async () => {
    const s = await scenario({ autoMerge: "none", anonymousAdjudication: true });
    const view = await api(`/api/projects/${s.project.id}/articles/${s.article.id}/adjudication`, {
      token: s.tokens.reviewer,
    });
    expect(view.data.annotators).toEqual([
      { key: "annotator-1", label: "Annotator 1" },
      { key: "annotator-2", label: "Annotator 2" },
    ]);
    const text = JSON.stringify(view.data);
    for (const a of s.annotators) {
      expect(text).not.toContain(a.name);
      expect(text).not.toContain(a.id);
    }
  });
});
