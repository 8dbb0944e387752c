import "server-only";
import { buildSelectors } from "@/lib/anchors/selectors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertSpan } from "@/lib/claims/assert-span";
import { rangeProblem } from "@/lib/claims/schema";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { projectAccess } from "@/lib/projects/project-access";
import type { Tx } from "@/lib/projects/include-articles";
import { adjudicationView, type AdjudicationView } from "./adjudication-view";
import { decisionByClaim, loadArticleState, unitClaimIds, type ArticleState, type SourceClaim } from "./article-state";
import {
  conflictError,
  createGoldClaim,
  deleteGoldClaim,
  linkGoldEvidence,
  linkPendingEvidence,
  versionOf,
  type GoldVersion,
} from "./gold-claims";
import { versionKey } from "./merge-unit";
import type { DecisionInput } from "./schema";

/**
 * Takes the adjudication's next version for a change made on `version`, or answers 409 with the
 * current state: the UPDATE's row lock (PostgreSQL) or the write lock (SQLite) makes a second
 * adjudicator's change on the same version wait for the first and then find the version gone,
 * so two adjudicators never overwrite each other; they reload and reapply.
 */
export async function claimVersion(tx: Tx, state: ArticleState, version: number): Promise<void> {
  if (!state.adjudication) {
    throw new AppError(
      "conflict",
      "The article is not in adjudication: its annotators have not all submitted",
      undefined,
      {
        articleState: state.projectArticle.state,
      },
    );
  }
  const moved = await tx.adjudication.updateMany({
    where: { id: state.adjudication.id, version, state: "open" },
    data: { version: { increment: 1 } },
  });
  if (moved.count === 1) return;
  const current = await tx.adjudication.findUniqueOrThrow({
    where: { id: state.adjudication.id },
    select: { state: true, version: true },
  });
  const message =
    current.state === "done"
      ? "The adjudication of this article is closed"
      : `The adjudication changed since version ${version} (now ${current.version}): reload and apply your decision again`;
  throw new AppError("conflict", message, undefined, { state: current.state, version: current.version });
}

/** The unit whose claims are exactly `ids`, or 409 when the units are not what the caller saw. */
function findUnit(state: ArticleState, ids: readonly string[]) {
  for (const id of ids) {
    if (!state.claims.has(id)) {
      throw new AppError(
        "validation_failed",
        `Invalid request: unitClaimIds: ${id} is not a submitted claim of this article`,
        [{ path: "unitClaimIds", message: `${id} is not a submitted claim of this article` }],
      );
    }
  }
  const wanted = [...ids].sort().join(",");
  const unit = state.alignment.units.find((u) => [...unitClaimIds(u)].sort().join(",") === wanted);
  if (!unit) {
    throw new AppError(
      "conflict",
      "These claims no longer form one unit (the alignment changed): reload the units",
      undefined,
      {
        version: state.adjudication?.version ?? null,
      },
    );
  }
  return unit;
}

/** Supersedes the current decisions covering any of these claims (removing their gold claims). */
async function supersede(tx: Tx, state: ArticleState, claimIds: readonly string[], actorId: string): Promise<string[]> {
  const decided = decisionByClaim(state);
  const ids = [...new Set(claimIds.map((id) => decided.get(id)).filter((d) => d !== undefined))];
  for (const d of ids) {
    await tx.adjudicationDecision.update({
      where: { id: d.id },
      data: { supersededAt: new Date(), goldClaimId: null },
    });
    if (d.goldClaimId) await deleteGoldClaim(tx, d.goldClaimId, actorId);
  }
  return ids.map((d) => d.id);
}

function goldVersion(
  state: ArticleState,
  base: SourceClaim | null,
  input: Extract<DecisionInput, { action: "edit" | "add" }>,
): GoldVersion {
  const attributes = input.attributes ?? {};
  let span: Pick<GoldVersion, "start" | "end" | "exact" | "prefix" | "suffix">;
  if (input.span) {
    assertSpan(state.article.text, input.span);
    span = buildSelectors(state.article.text, input.span.start, input.span.end);
  } else if (base) {
    span = { start: base.start, end: base.end, exact: base.exact, prefix: base.prefix, suffix: base.suffix };
  } else {
    throw new AppError("validation_failed", "Invalid request: span: is required when no claim is edited", [
      { path: "span", message: "is required when no claim is edited" },
    ]);
  }
  const from = base ? versionOf(base) : null;
  const pick = <K extends keyof GoldVersion>(key: K & keyof typeof attributes): GoldVersion[K] =>
    (attributes[key] !== undefined ? attributes[key] : (from?.[key] ?? null)) as GoldVersion[K];
  const kind = attributes.kind ?? from?.kind;
  if (!kind) {
    throw new AppError("validation_failed", "Invalid request: attributes.kind: is required", [
      { path: "attributes.kind", message: "is required" },
    ]);
  }
  return {
    ...span,
    kind,
    value: pick("value"),
    qualifier: pick("qualifier"),
    valueMax: pick("valueMax"),
    unit: pick("unit"),
    timeRef: pick("timeRef"),
    attributedTo: pick("attributedTo"),
    verdict: pick("verdict"),
    justification: pick("justification"),
    note: pick("note"),
  };
}

/** The project's kinds and verdict labels, to refuse a gold claim outside its schema (422). */
async function assertInSchema(tx: Tx, projectId: string, version: GoldVersion): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { verdictLabels: true, kinds: { select: { key: true } } },
  });
  const kinds = project.kinds.map((k) => k.key);
  if (!kinds.includes(version.kind)) {
    throw new AppError("validation_failed", `Invalid request: attributes.kind: must be one of ${kinds.join(", ")}`, [
      { path: "attributes.kind", message: `must be one of ${kinds.join(", ")}` },
    ]);
  }
  const verdicts = (JSON.parse(project.verdictLabels) as { key: string }[]).map((v) => v.key);
  if (version.verdict !== null && !verdicts.includes(version.verdict)) {
    throw new AppError(
      "validation_failed",
      `Invalid request: attributes.verdict: must be one of ${verdicts.join(", ")}`,
      [{ path: "attributes.verdict", message: `must be one of ${verdicts.join(", ")}` }],
    );
  }
  const range = rangeProblem(version);
  if (range) {
    throw new AppError("validation_failed", `Invalid request: attributes.${range.path}: ${range.message}`, [
      { path: `attributes.${range.path}`, message: range.message },
    ]);
  }
}

/**
 * One adjudication decision on an article, by a reviewer or manager of its project (403 for an
 * annotator), in one transaction with its audit events:
 *
 * - take: the gold claim is one annotator's version of the unit;
 * - edit: the gold claim is a version edited from one of the unit's claims (or written anew);
 * - reject: the unit makes no gold claim (reason code, comment);
 * - add: a gold claim nobody made;
 * - undo: withdraws a decision (its gold claim goes), so the unit is undecided again.
 *
 * A take or edit carries the union of the unit's evidence (each target once, a claim target as
 * the gold claim of its unit); where the annotators' stances to one target differ, the request
 * must choose (`stances`), else 422 lists the conflicts. Deciding a unit again supersedes its
 * earlier decision. The change names the version it was made on: 409 when it moved meanwhile.
 */
export async function decideUnit({
  db,
  actor,
  projectId,
  articleId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  articleId: string;
  input: DecisionInput;
}): Promise<AdjudicationView> {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  return db.$transaction(async (tx) => {
    const state = await loadArticleState(tx, projectId, articleId);
    if (!state) throw AppError.notFound(`Article ${articleId} in project ${projectId}`);
    await claimVersion(tx, state, input.version);
    const adjudicationId = state.adjudication!.id;

    if (input.action === "undo") {
      const decision = state.decisions.find((d) => d.id === input.decisionId);
      if (!decision) throw AppError.notFound(`Current decision ${input.decisionId}`);
      await tx.adjudicationDecision.update({
        where: { id: decision.id },
        data: { supersededAt: new Date(), goldClaimId: null },
      });
      if (decision.goldClaimId) await deleteGoldClaim(tx, decision.goldClaimId, actor.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "adjudication.undo",
        entityType: "article",
        entityId: articleId,
        before: { projectId, decision },
      });
      return adjudicationView(tx, await reload(tx, projectId, articleId));
    }

    const unit = input.action === "add" ? null : findUnit(state, input.unitClaimIds);
    const ids = unit ? unitClaimIds(unit) : [];
    const unitClaims = ids.map((id) => state.claims.get(id)!);
    let base: SourceClaim | null = null;
    if ((input.action === "take" || input.action === "edit") && input.claimId) {
      base = state.claims.get(input.claimId) ?? null;
      if (!base || !ids.includes(base.id)) {
        throw new AppError("validation_failed", "Invalid request: claimId: must be one of the unit's claims", [
          { path: "claimId", message: "must be one of the unit's claims" },
        ]);
      }
    }
    const version =
      input.action === "take" ? versionOf(base!) : input.action === "reject" ? null : goldVersion(state, base, input);
    if (version && input.action !== "take") await assertInSchema(tx, projectId, version);
    const superseded = await supersede(tx, state, ids, actor.id);
    const fresh = { ...state, decisions: state.decisions.filter((d) => !superseded.includes(d.id)) };

    let goldClaimId: string | null = null;
    if (version) {
      goldClaimId = await createGoldClaim(tx, { state: fresh, version, authorId: actor.id, actorId: actor.id });
    }
    const goldKey = version ? versionKey({ ...version, id: "", articleId, annotatorId: "", evidence: [] }) : null;
    const decision = await tx.adjudicationDecision.create({
      data: {
        adjudicationId,
        action: input.action,
        provenance: "adjudicated",
        takenClaimId: base?.id ?? null,
        reasonCode: input.reasonCode ?? null,
        comment: "comment" in input ? (input.comment ?? null) : null,
        goldClaimId,
        adjudicatorId: actor.id,
        claims: {
          create: unitClaims.map((c) => ({
            claimId: c.id,
            role: c.id === base?.id || (goldKey !== null && versionKey(c) === goldKey) ? "source" : "other",
          })),
        },
      },
      select: { id: true },
    });
    if (goldClaimId && unitClaims.length > 0) {
      const conflicts = await linkGoldEvidence(tx, {
        state: fresh,
        goldClaimId,
        sources: unitClaims,
        stances: "stances" in input ? input.stances : undefined,
        actorId: actor.id,
        createdById: actor.id,
      });
      if (conflicts.length > 0) throw conflictError(conflicts);
      await linkPendingEvidence(tx, { goldClaimId, unitClaims: ids, actorId: actor.id, createdById: actor.id });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "adjudication.decide",
      entityType: "article",
      entityId: articleId,
      after: {
        projectId,
        decisionId: decision.id,
        action: input.action,
        unitClaimIds: ids,
        takenClaimId: base?.id ?? null,
        goldClaimId,
        reasonCode: input.reasonCode ?? null,
        comment: "comment" in input ? (input.comment ?? null) : null,
        superseded,
      },
    });
    return adjudicationView(tx, await reload(tx, projectId, articleId));
  });
}

async function reload(tx: Tx, projectId: string, articleId: string): Promise<ArticleState> {
  return (await loadArticleState(tx, projectId, articleId))!;
}
