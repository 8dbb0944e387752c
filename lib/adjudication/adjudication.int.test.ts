import { describe, expect, it } from "vitest";
import { loadProjectLayers } from "@/lib/agreement/load-layers";
import { AppError } from "@/lib/errors";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { projectAccess } from "@/lib/projects/project-access";
import { seedUser } from "@/lib/seed/seed-user";
import { testDb } from "@/test/support/http";
import { annotatedArticle } from "@/test/support/adjudication";
import { closeAdjudication } from "./close-adjudication";
import { decideUnit } from "./decide-unit";
import { DecisionInput } from "./schema";
import { settleAnnotatedArticle } from "./settle-article";
import { loadArticleState } from "./article-state";
import { adjudicationView } from "./adjudication-view";

const db = () => testDb();

async function settle(projectId: string, articleId: string) {
  return db().$transaction((tx) => settleAnnotatedArticle(tx, { projectId, articleId, actorId: null }));
}

async function view(projectId: string, articleId: string) {
  return adjudicationView(db(), (await loadArticleState(db(), projectId, articleId))!);
}

/** The article's adjudication and escalation events, in order. */
const auditActions = async (articleId: string) =>
  (
    await db().auditEvent.findMany({
      where: { entityType: "article", entityId: articleId, action: { not: "article.import" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    })
  ).map((e) => e.action);

const casualty = { kind: "casualty", qualifier: "more_than", unit: "people" };
const url = "https://example.org/syria-toll";

describe("auto-merge when an article's layers are all submitted", () => {
  it("merges a unanimous unit into a gold claim with its provenance and evidence, leaves the rest", async () => {
    const f = await annotatedArticle(db(), {
      project: { autoMerge: "unanimous" },
      claims: [
        {
          annotator: 0,
          phrase: "over 30,000 people dead",
          ...casualty,
          value: 30000,
          links: [{ url, stance: "supports" }],
        },
        {
          annotator: 1,
          phrase: "over 30,000 people dead",
          ...casualty,
          value: 30000,
          links: [{ url, stance: "supports" }],
        },
        { annotator: 0, phrase: "more than 40,000 people", ...casualty, value: 40000 },
        { annotator: 1, phrase: "more than 40,000 people", ...casualty, value: 4000 },
      ],
    });
    const result = await settle(f.project.id, f.article.id);
    expect(result).toMatchObject({ action: "opened", merged: 1, rejected: 0, undecided: 1 });

    const v = await view(f.project.id, f.article.id);
    expect(v).toMatchObject({ state: "open", version: 2, undecided: 1 });
    expect(v.units[0].decision).toMatchObject({ action: "merge", provenance: "unanimous", adjudicatorId: null });
    expect(v.units[1]).toMatchObject({ decision: null, differs: ["value"] });
    expect(v.gold).toHaveLength(1);
    expect(v.gold[0]).toMatchObject({
      exact: "over 30,000 people dead",
      value: 30000,
      status: "draft",
      evidence: [{ url, stance: "supports" }],
    });

    const gold = await db().claim.findUniqueOrThrow({ where: { id: v.gold[0].id } });
    expect(gold).toMatchObject({ layer: "gold", projectId: f.project.id, assignmentId: null });
    const sources = await db().adjudicationClaim.findMany({
      where: { decision: { goldClaimId: gold.id } },
      orderBy: { claimId: "asc" },
    });
    expect(sources.map((s) => [s.claimId, s.role])).toEqual(
      [f.claimIds[0], f.claimIds[1]].sort().map((id) => [id, "source"]),
    );
    expect(await auditActions(f.article.id)).toEqual(["adjudication.open", "adjudication.merge"]);
    expect(await db().auditEvent.count({ where: { entityId: gold.id, action: "claim.create" } })).toBe(1);
    // The merged gold claim is authored by the annotator whose version it is, yet it is the
    // project's claim: blind, that annotator sees only their own layer until adjudication is done.
    expect(gold.authorId).toBe(f.annotators[0].id);
    const access = await projectAccess({
      db: db(),
      actor: { id: f.annotators[0].id, role: "annotator" },
      projectId: f.project.id,
    });
    const visible = await db().claim.findMany({
      where: { AND: [visibleClaimsWhere(access), { articleId: f.article.id }] },
      select: { id: true },
    });
    expect(visible.map((c) => c.id).sort()).toEqual([f.claimIds[0], f.claimIds[2]].sort());
    // Settling again does nothing.
    expect(await settle(f.project.id, f.article.id)).toEqual({ action: "none", why: "already_open" });
  });

  it("merges two of three by majority and rejects what one alone tagged", async () => {
    const f = await annotatedArticle(db(), {
      annotators: 3,
      project: { autoMerge: "majority", majorityThreshold: 0.5 },
      claims: [
        { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 2, phrase: "over 30,000 people dead", ...casualty, value: 3000 },
        { annotator: 2, phrase: "2.5 million people", kind: "quantity", value: 2500000 },
      ],
    });
    expect(await settle(f.project.id, f.article.id)).toMatchObject({ merged: 1, rejected: 1, undecided: 0 });
    const v = await view(f.project.id, f.article.id);
    expect(v.units.map((u) => [u.decision?.action, u.decision?.provenance, u.decision?.reasonCode])).toEqual([
      ["merge", "majority", null],
      ["reject", "majority", "not_a_claim"],
    ]);
    const roles = await db().adjudicationClaim.findMany({ where: { claimId: { in: f.claimIds.slice(0, 3) } } });
    expect(new Map(roles.map((r) => [r.claimId, r.role]))).toEqual(
      new Map([
        [f.claimIds[0], "source"],
        [f.claimIds[1], "source"],
        [f.claimIds[2], "other"],
      ]),
    );
  });

  it("asks for one more annotator when agreement is below the threshold, up to the maximum", async () => {
    const f = await annotatedArticle(db(), {
      project: {
        autoMerge: "unanimous",
        escalationMeasure: "span_f1_overlap",
        escalationThreshold: 0.9,
        escalationMaxAnnotators: 3,
      },
      claims: [
        { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 0, phrase: "more than 40,000 people", ...casualty, value: 40000 },
        { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
      ],
    });
    expect(await settle(f.project.id, f.article.id)).toEqual({
      action: "escalated",
      measure: "span_f1_overlap",
      value: 2 / 3,
      targetAnnotators: 3,
    });
    const pa = await db().projectArticle.findUniqueOrThrow({
      where: { projectId_articleId: { projectId: f.project.id, articleId: f.article.id } },
    });
    expect(pa).toMatchObject({ state: "open", targetAnnotators: 3, annotatedAt: null });
    expect(await db().adjudication.count({ where: { articleId: f.article.id } })).toBe(0);
    expect(await auditActions(f.article.id)).toContain("article.escalate");
    // Until the third layer is in, the article is not in the agreement report either.
    expect(await loadProjectLayers({ db: db(), projectId: f.project.id })).toEqual([]);

    // The third annotator submits (written directly: the queue is not what is tested here); at the
    // maximum, the article goes to adjudication whatever its agreement.
    const { user: third } = await seedUser(db(), {
      email: `third-${f.article.id}@claimbench.test`,
      name: "Third",
      role: "annotator",
      password: "test-password-123",
    });
    await db().assignment.create({
      data: {
        projectId: f.project.id,
        articleId: f.article.id,
        annotatorId: third.id,
        state: "submitted",
        submittedAt: new Date(),
      },
    });
    await db().projectArticle.update({
      where: { projectId_articleId: { projectId: f.project.id, articleId: f.article.id } },
      data: { state: "annotated", annotatedAt: new Date(), submittedAssignments: 3 },
    });
    expect(await settle(f.project.id, f.article.id)).toMatchObject({ action: "opened" });
  });
});

describe("adjudication decisions", () => {
  const setup = () =>
    annotatedArticle(db(), {
      project: { autoMerge: "none" },
      claims: [
        {
          annotator: 0,
          phrase: "over 30,000 people dead",
          ...casualty,
          value: 30000,
          links: [{ url, stance: "supports" }],
        },
        {
          annotator: 1,
          phrase: "over 30,000 people dead",
          ...casualty,
          value: 3000,
          links: [{ url, stance: "refutes" }],
        },
        {
          annotator: 0,
          phrase: "more than 40,000 people",
          ...casualty,
          value: 40000,
          links: [{ toClaim: 0, stance: "context" }],
        },
        { annotator: 1, phrase: "Activists", kind: "event" },
      ],
    });

  it("takes a version, settles the stance conflict, rejects with a reason, adds a claim, undoes, and closes", async () => {
    const f = await setup();
    await settle(f.project.id, f.article.id);
    const actor = { id: f.reviewer.id, role: "reviewer" as const };
    const decide = (input: unknown) =>
      decideUnit({
        db: db(),
        actor,
        projectId: f.project.id,
        articleId: f.article.id,
        input: DecisionInput.parse(input),
      });
    let v = await view(f.project.id, f.article.id);
    // Units in text order: "over 30,000 people dead", "Activists", "more than 40,000 people".
    expect(v.units.map((u) => u.claimIds.length)).toEqual([2, 1, 1]);
    const [u30k, uActivists, u40k] = v.units;
    expect(u40k.claimIds).toEqual([f.claimIds[2]]);

    // The two annotators' links to the same source disagree: the adjudicator must choose.
    const conflict = await decide({
      action: "take",
      version: v.version,
      unitClaimIds: u30k.claimIds,
      claimId: f.claimIds[0],
    }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(AppError);
    expect(conflict).toMatchObject({ code: "validation_failed", details: { conflicts: [{ target: `url:${url}` }] } });
    expect((await view(f.project.id, f.article.id)).version).toBe(v.version); // nothing written

    v = await decide({
      action: "take",
      version: v.version,
      unitClaimIds: u30k.claimIds,
      claimId: f.claimIds[0],
      stances: { [`url:${url}`]: "supports" },
      reasonCode: "annotator_error",
      comment: "The text says over 30,000.",
    });
    expect(v.units[0].decision).toMatchObject({
      action: "take",
      provenance: "adjudicated",
      takenClaimId: f.claimIds[0],
      reasonCode: "annotator_error",
      adjudicatorId: f.reviewer.id,
    });
    const gold30k = v.gold.find((g) => g.exact === "over 30,000 people dead")!;
    expect(gold30k).toMatchObject({ value: 30000, evidence: [{ url, stance: "supports" }] });

    // Editing the 40k unit: its link to the 30k claim becomes a link to the 30k gold claim.
    v = await decide({
      action: "edit",
      version: v.version,
      unitClaimIds: u40k.claimIds,
      claimId: f.claimIds[2],
      attributes: { verdict: "supported" },
    });
    const gold40k = v.gold.find((g) => g.exact === "more than 40,000 people")!;
    expect(gold40k).toMatchObject({
      value: 40000,
      verdict: "supported",
      evidence: [{ targetClaimId: gold30k.id, stance: "context" }],
    });

    v = await decide({
      action: "reject",
      version: v.version,
      unitClaimIds: uActivists.claimIds,
      reasonCode: "not_a_claim",
      comment: "A source, not a claim.",
    });
    expect(v.undecided).toBe(0);

    v = await decide({
      action: "add",
      version: v.version,
      span: spanOf(v.text, "2.5 million people"),
      attributes: { kind: "quantity", value: 2500000, qualifier: "about" },
    });
    expect(v.added).toHaveLength(1);
    expect(v.gold.map((g) => g.exact).sort()).toEqual([
      "2.5 million people",
      "more than 40,000 people",
      "over 30,000 people dead",
    ]);

    v = await decide({ action: "undo", version: v.version, decisionId: v.added[0].id });
    expect(v.added).toHaveLength(0);
    expect(v.gold).toHaveLength(2);

    // Deciding a unit again supersedes the earlier decision and its gold claim.
    v = await decide({
      action: "take",
      version: v.version,
      unitClaimIds: u30k.claimIds,
      claimId: f.claimIds[1],
      stances: { [`url:${url}`]: "refutes" },
    });
    expect(v.gold.find((g) => g.exact === "over 30,000 people dead")).toMatchObject({ value: 3000 });
    expect(await db().claim.count({ where: { id: gold30k.id } })).toBe(0);

    const closed = await closeAdjudication({
      db: db(),
      actor,
      projectId: f.project.id,
      articleId: f.article.id,
      version: v.version!,
    });
    expect(closed).toMatchObject({ state: "done", articleState: "adjudicated" });
    expect(closed.gold.every((g) => g.status === "submitted")).toBe(true);
    const actions = await auditActions(f.article.id);
    expect(actions.filter((a) => a === "adjudication.decide")).toHaveLength(5);
    expect(actions.slice(-1)).toEqual(["adjudication.close"]);
    await expect(
      decide({ action: "reject", version: closed.version, unitClaimIds: u30k.claimIds, reasonCode: "other" }),
    ).rejects.toMatchObject({ code: "conflict", message: "The adjudication of this article is closed" });
  });

  it("refuses to close with undecided units, and approves gold at once when adjudication is the review", async () => {
    const f = await annotatedArticle(db(), {
      project: { autoMerge: "unanimous", adjudicationIsReview: true },
      claims: [
        { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 1, phrase: "Activists", kind: "event" },
      ],
    });
    await settle(f.project.id, f.article.id);
    const actor = { id: f.reviewer.id, role: "reviewer" as const };
    let v = await view(f.project.id, f.article.id);
    await expect(
      closeAdjudication({ db: db(), actor, projectId: f.project.id, articleId: f.article.id, version: v.version! }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "1 unit is still undecided: decide it before closing",
    });
    v = await decideUnit({
      db: db(),
      actor,
      projectId: f.project.id,
      articleId: f.article.id,
      input: DecisionInput.parse({
        action: "reject",
        version: v.version,
        unitClaimIds: v.units[1].claimIds,
        reasonCode: "not_a_claim",
      }),
    });
    const closed = await closeAdjudication({
      db: db(),
      actor,
      projectId: f.project.id,
      articleId: f.article.id,
      version: v.version!,
    });
    expect(closed.gold).toMatchObject([{ status: "approved" }]);
    expect(
      await db().reviewDecision.count({
        where: { claimId: closed.gold[0].id, decision: "approve", reviewerId: f.reviewer.id },
      }),
    ).toBe(1);
  });

  it("validates what an edit or an added claim says against the project's schema and the text", async () => {
    const f = await setup();
    await settle(f.project.id, f.article.id);
    const v = await view(f.project.id, f.article.id);
    const decide = (input: unknown) =>
      decideUnit({
        db: db(),
        actor: { id: f.reviewer.id, role: "reviewer" as const },
        projectId: f.project.id,
        articleId: f.article.id,
        input: DecisionInput.parse(input),
      });
    await expect(
      decide({ action: "add", version: v.version, span: spanOf(v.text, "Activists"), attributes: { kind: "opinion" } }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      message: "Invalid request: attributes.kind: must be one of casualty, quantity, event",
    });
    await expect(
      decide({
        action: "add",
        version: v.version,
        span: { start: 0, end: 5, exact: "nope!" },
        attributes: { kind: "event" },
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      decide({
        action: "edit",
        version: v.version,
        unitClaimIds: v.units[0].claimIds,
        claimId: f.claimIds[0],
        attributes: { qualifier: "range", valueMax: 10 },
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/^Invalid request: attributes\.valueMax: must be at least value/),
    });
    await expect(
      decide({ action: "reject", version: v.version, unitClaimIds: [f.claimIds[0]], reasonCode: "other" }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "These claims no longer form one unit (the alignment changed): reload the units",
    });
    expect((await view(f.project.id, f.article.id)).version).toBe(v.version);
  });
});

describe("an article with thousands of claims", () => {
  it("opens its adjudication and shows it: no query lists a parameter per claim", { timeout: 120_000 }, async () => {
    const per = 3000;
    const text = Array.from({ length: per }, (_, i) => `Figure ${String(i).padStart(4, "0")} rose.`).join(" ");
    const f = await annotatedArticle(db(), { claims: [], text });
    const data = f.assignments.flatMap((assignment, a) =>
      Array.from({ length: per }, (_, i) => {
        const start = f.article.text.indexOf(`Figure ${String(i).padStart(4, "0")}`);
        return {
          projectId: f.project.id,
          articleId: f.article.id,
          layer: "annotation",
          assignmentId: assignment.id,
          start,
          end: start + 11,
          exact: f.article.text.slice(start, start + 11),
          prefix: "",
          suffix: "",
          kind: "quantity",
          value: a === 0 || i % 10 ? i : i + 1,
          authorId: f.annotators[a].id,
          status: "submitted",
        };
      }),
    );
    await db().claim.createMany({ data });
    const result = await db().$transaction(
      (tx) => settleAnnotatedArticle(tx, { projectId: f.project.id, articleId: f.article.id, actorId: null }),
      { timeout: 120_000 },
    );
    expect(result).toMatchObject({ action: "opened", undecided: per });
    const v = await view(f.project.id, f.article.id);
    expect(v.units).toHaveLength(per);
    expect(v.units.filter((u) => u.differs.includes("value"))).toHaveLength(per / 10);
  });
});

describe("two adjudicators on one article", () => {
  it("never overwrite each other: the second change on the same version gets 409 and reapplies", async () => {
    const f = await annotatedArticle(db(), {
      project: { autoMerge: "none" },
      claims: [
        { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 3000 },
      ],
    });
    await settle(f.project.id, f.article.id);
    const { user: other } = await seedUser(db(), {
      email: `second-adjudicator-${f.article.id}@claimbench.test`,
      name: "Second adjudicator",
      role: "reviewer",
      password: "test-password-123",
    });
    await db().projectMember.create({ data: { projectId: f.project.id, userId: other.id, role: "reviewer" } });
    const v = await view(f.project.id, f.article.id);
    const unitClaimIds = v.units[0].claimIds;
    const attempt = (actorId: string, claimId: string) =>
      decideUnit({
        db: db(),
        actor: { id: actorId, role: "reviewer" as const },
        projectId: f.project.id,
        articleId: f.article.id,
        input: DecisionInput.parse({ action: "take", version: v.version, unitClaimIds, claimId }),
      });
    const results = await Promise.allSettled([attempt(f.reviewer.id, f.claimIds[0]), attempt(other.id, f.claimIds[1])]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "conflict", details: { state: "open", version: v.version! + 1 } });
    const after = await view(f.project.id, f.article.id);
    expect(after.gold).toHaveLength(1);
    expect(await db().adjudicationDecision.count({ where: { adjudication: { articleId: f.article.id } } })).toBe(1);
  });
});

describe("loadProjectLayers", () => {
  it("reads the submitted layers of complete articles, and nothing of gold or unfinished work", async () => {
    const f = await annotatedArticle(db(), {
      project: { autoMerge: "unanimous" },
      claims: [
        {
          annotator: 0,
          phrase: "over 30,000 people dead",
          ...casualty,
          value: 30000,
          links: [{ url, stance: "supports" }],
        },
        { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
      ],
    });
    await settle(f.project.id, f.article.id); // makes a gold claim, which must not count
    const unfinished = await annotatedArticle(db(), {
      articleState: "full",
      claims: [{ annotator: 0, phrase: "Activists" }],
    });
    expect(await loadProjectLayers({ db: db(), projectId: unfinished.project.id })).toEqual([]);
    const layers = await loadProjectLayers({ db: db(), projectId: f.project.id });
    expect(layers).toHaveLength(1);
    expect(layers[0]).toMatchObject({
      articleId: f.article.id,
      annotatorIds: [f.annotators[0].id, f.annotators[1].id].sort(),
      claims: expect.arrayContaining([
        expect.objectContaining({
          id: f.claimIds[0],
          annotatorId: f.annotators[0].id,
          value: 30000,
          evidence: [{ targetClaimId: null, url, stance: "supports" }],
        }),
        expect.objectContaining({ id: f.claimIds[1], annotatorId: f.annotators[1].id }),
      ]),
    });
    expect(layers[0].claims).toHaveLength(2);
  });
});

function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, exact: phrase };
}
