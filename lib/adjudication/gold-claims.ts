import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/projects/include-articles";
import type { ArticleState, SourceClaim, SourceLink } from "./article-state";
import { evidenceTarget } from "./merge-unit";

/** What a gold claim carries: a span of the article and the attributes. */
export interface GoldVersion {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: string;
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  unit: string | null;
  timeRef: string | null;
  attributedTo: string | null;
  verdict: string | null;
  justification: string | null;
  note: string | null;
}

export function versionOf(claim: SourceClaim): GoldVersion {
  return {
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    kind: claim.kind,
    value: claim.value,
    qualifier: claim.qualifier,
    valueMax: claim.valueMax,
    unit: claim.unit,
    timeRef: claim.timeRef,
    attributedTo: claim.attributedTo,
    verdict: claim.verdict,
    justification: claim.justification,
    note: claim.note,
  };
}

/**
 * Stores a gold claim (layer "gold", a draft until the adjudication closes) with its
 * `claim.create` audit event, in the caller's transaction.
 */
export async function createGoldClaim(
  tx: Tx,
  {
    state,
    version,
    authorId,
    actorId,
  }: { state: ArticleState; version: GoldVersion; authorId: string; actorId: string | null },
): Promise<string> {
  const { id } = await tx.claim.create({
    data: {
      projectId: state.projectId,
      articleId: state.articleId,
      layer: "gold",
      ...version,
      authorId,
      status: "draft",
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "claim.create",
    entityType: "claim",
    entityId: id,
    after: await claimSnapshot(tx, id),
  });
  return id;
}

/** Removes a gold claim a superseded decision made (its links go with it), audited. */
export async function deleteGoldClaim(tx: Tx, goldClaimId: string, actorId: string | null): Promise<void> {
  const before = await claimSnapshot(tx, goldClaimId);
  if (!before) return;
  await tx.claim.delete({ where: { id: goldClaimId } });
  await recordAudit(tx, { actorId, action: "claim.delete", entityType: "claim", entityId: goldClaimId, before });
}

/** A stance conflict among the unit's links to one target, for the adjudicator to settle. */
export interface LinkConflict {
  target: string;
  stances: { claimId: string; stance: string }[];
}

/** The gold claim each annotator claim went into (current decisions, any article). */
async function goldOfClaims(tx: Tx, claimIds: readonly string[]): Promise<Map<string, string>> {
  if (claimIds.length === 0) return new Map();
  const rows = await tx.adjudicationClaim.findMany({
    where: { claimId: { in: [...claimIds] }, decision: { supersededAt: null, goldClaimId: { not: null } } },
    select: { claimId: true, decision: { select: { goldClaimId: true } } },
  });
  return new Map(rows.map((r) => [r.claimId, r.decision.goldClaimId!]));
}

async function addLink(
  tx: Tx,
  goldClaimId: string,
  link: Omit<SourceLink, "targetClaimId"> & { targetClaimId: string | null },
  actorId: string | null,
  createdById: string,
): Promise<void> {
  const exists = await tx.evidence.findFirst({
    where: link.targetClaimId
      ? { claimId: goldClaimId, targetClaimId: link.targetClaimId }
      : { claimId: goldClaimId, url: link.url },
    select: { id: true },
  });
  if (exists) return;
  const created = await tx.evidence.create({
    data: {
      claimId: goldClaimId,
      targetClaimId: link.targetClaimId,
      url: link.targetClaimId ? null : link.url,
      title: link.targetClaimId ? null : link.title,
      publisher: link.targetClaimId ? null : link.publisher,
      publishedAt: link.targetClaimId ? null : link.publishedAt,
      quote: link.targetClaimId ? null : link.quote,
      accessedAt: link.targetClaimId ? null : link.accessedAt,
      stance: link.stance,
      note: link.note,
      createdById,
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "evidence.link",
    entityType: "claim",
    entityId: goldClaimId,
    after: created,
  });
}

/**
 * The evidence of a new gold claim: the union of the links the unit's claims make, each target
 * once — a URL as stored, a claim target as the gold claim its own unit became (links to a unit
 * not yet decided are added when it is, by `linkPendingEvidence`). One target with different
 * stances needs the adjudicator's choice (`stances`, by target); without it the conflicts are
 * returned and nothing is written.
 */
export async function linkGoldEvidence(
  tx: Tx,
  {
    state,
    goldClaimId,
    sources,
    stances = {},
    actorId,
    createdById,
  }: {
    state: ArticleState;
    goldClaimId: string;
    sources: readonly SourceClaim[];
    stances?: Readonly<Record<string, string>>;
    actorId: string | null;
    createdById: string;
  },
): Promise<LinkConflict[]> {
  const byTarget = new Map<string, { link: SourceLink; stances: { claimId: string; stance: string }[] }>();
  const ownUnit = new Set(sources.map((s) => state.unitOfClaim.get(s.id)));
  for (const source of sources) {
    for (const link of source.links) {
      const target = evidenceTarget(link, state.unitOfClaim);
      if (link.targetClaimId && ownUnit.has(state.unitOfClaim.get(link.targetClaimId))) continue;
      const entry = byTarget.get(target);
      if (entry) entry.stances.push({ claimId: source.id, stance: link.stance });
      else byTarget.set(target, { link, stances: [{ claimId: source.id, stance: link.stance }] });
    }
  }
  const conflicts: LinkConflict[] = [];
  for (const [target, entry] of byTarget) {
    if (new Set(entry.stances.map((s) => s.stance)).size > 1 && !stances[target]) {
      conflicts.push({ target, stances: entry.stances });
    }
  }
  if (conflicts.length > 0) return conflicts;
  const claimTargets = [...byTarget.values()]
    .map((e) => e.link.targetClaimId)
    .filter((id): id is string => id !== null);
  const gold = await goldOfClaims(tx, claimTargets);
  for (const [target, { link, stances: seen }] of byTarget) {
    const stance = stances[target] ?? seen[0].stance;
    if (link.targetClaimId === null) {
      await addLink(tx, goldClaimId, { ...link, stance }, actorId, createdById);
      continue;
    }
    const targetGold = gold.get(link.targetClaimId);
    if (targetGold && targetGold !== goldClaimId) {
      await addLink(tx, goldClaimId, { ...link, targetClaimId: targetGold, stance }, actorId, createdById);
    }
  }
  return [];
}

/**
 * Links other gold claims to a gold claim just made from `unitClaims`: wherever an annotator's
 * claim that went into a gold claim links to one of these claims, that gold claim now links to
 * the new one (with the stance they gave; when they disagree, the link is left for the
 * adjudicator to add by hand).
 */
export async function linkPendingEvidence(
  tx: Tx,
  {
    goldClaimId,
    unitClaims,
    actorId,
    createdById,
  }: { goldClaimId: string; unitClaims: readonly string[]; actorId: string | null; createdById: string },
): Promise<void> {
  if (unitClaims.length === 0) return;
  const incoming = await tx.evidence.findMany({
    where: { targetClaimId: { in: [...unitClaims] }, claim: { layer: "annotation" } },
    select: { claimId: true, stance: true, note: true },
  });
  if (incoming.length === 0) return;
  const gold = await goldOfClaims(tx, [...new Set(incoming.map((e) => e.claimId))]);
  const byGold = new Map<string, { stances: Set<string>; note: string | null }>();
  for (const e of incoming) {
    const from = gold.get(e.claimId);
    if (!from || from === goldClaimId) continue;
    const entry = byGold.get(from) ?? { stances: new Set<string>(), note: e.note };
    entry.stances.add(e.stance);
    byGold.set(from, entry);
  }
  for (const [from, { stances, note }] of byGold) {
    if (stances.size !== 1) continue;
    await addLink(
      tx,
      from,
      {
        targetClaimId: goldClaimId,
        url: null,
        title: null,
        publisher: null,
        publishedAt: null,
        quote: null,
        accessedAt: null,
        stance: [...stances][0],
        note,
      },
      actorId,
      createdById,
    );
  }
}

export function conflictError(conflicts: LinkConflict[]): AppError {
  const summary = conflicts
    .map((c) => `${c.target}: ${c.stances.map((s) => `${s.stance} (claim ${s.claimId})`).join(" vs ")}`)
    .join("; ");
  return new AppError(
    "validation_failed",
    `The unit's evidence gives different stances to the same target; choose one in "stances" for each: ${summary}`,
    conflicts.map((c) => ({ path: `stances.${c.target}`, message: "needs a stance: the annotators' links disagree" })),
    { conflicts },
  );
}
