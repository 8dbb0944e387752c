/**
 * Auto-merge: which units become gold without an adjudicator, by the project's rule.
 *
 * Two claims are the same *version* when they agree on everything a gold claim carries: span,
 * kind, value, qualifier, upper bound, unit (compared trimmed and case-folded), time reference,
 * attribution and verdict. No tolerance here: a tolerance says how far two figures count as
 * agreeing when measuring, but gold needs one figure, and choosing between 30,000 and 30,500 is
 * an adjudicator's decision.
 *
 * - "unanimous": every annotator of the article made the claim, all in the same version.
 * - "majority": the annotators sharing one version make up more than `majorityThreshold` of the
 *   article's annotators (0.5: two of three; with two annotators, only both; 1: only unanimous
 *   units). When the
 *   annotators without a claim are that majority, the unit is rejected by majority (reason "not
 *   a claim") — the mirror of merging a majority's claim.
 * - "none": everything goes to the adjudicator.
 *
 * Evidence merges with the claim: the union of the merged claims' links, each target once (a
 * claim target by the unit it is in, a URL by its stored form). Two merged claims linking one
 * target with different stances is a conflict the adjudicator decides: the unit is not merged.
 */
import type { AlignedUnit } from "@/lib/agreement/align-claims";
import { normaliseUnit } from "@/lib/agreement/measures";
import type { AgreementClaim, AgreementEvidence } from "@/lib/agreement/types";

export type AutoMergeMode = "none" | "unanimous" | "majority";

export interface AutoMergeRule {
  mode: AutoMergeMode;
  /** Share of the article's annotators a version must exceed under "majority"; in [0.5, 1]. */
  majorityThreshold: number;
}

/** A claim with every attribute a gold claim takes over. */
export interface MergeableClaim extends AgreementClaim {
  valueMax: number | null;
  timeRef: string | null;
  attributedTo: string | null;
}

/** One evidence link of the merged claim; `target` is "unit:<id>" or "url:<url>". */
interface MergedLink {
  target: string;
  /** The link as one source claim stored it (its target claim id or URL). */
  link: AgreementEvidence;
  stance: string;
  /** Source claims that made this link. */
  sourceClaimIds: string[];
}

interface StanceConflict {
  target: string;
  stances: { claimId: string; stance: string }[];
}

export type UnitPlan<C extends MergeableClaim = MergeableClaim> =
  | {
      action: "merge";
      provenance: "unanimous" | "majority";
      /** The version taken (the first source in annotator order). */
      base: C;
      sources: C[];
      evidence: MergedLink[];
    }
  | { action: "reject"; provenance: "majority"; reasonCode: "not_a_claim"; sources: C[] }
  | { action: "adjudicate"; why: "auto_merge_off" | "no_consensus" | "stance_conflict"; conflicts: StanceConflict[] };

const text = (v: string | null) => (v === null ? "" : v.trim());

/** The key of a claim's version: equal keys, same gold claim. */
export function versionKey(c: MergeableClaim): string {
  return JSON.stringify([
    c.start,
    c.end,
    c.kind,
    c.value,
    c.qualifier,
    c.valueMax,
    c.unit === null ? "" : normaliseUnit(c.unit),
    text(c.timeRef),
    text(c.attributedTo),
    c.verdict,
  ]);
}

export function evidenceTarget(link: AgreementEvidence, unitOfClaim: ReadonlyMap<string, string>): string {
  return link.targetClaimId !== null
    ? `unit:${unitOfClaim.get(link.targetClaimId) ?? `claim:${link.targetClaimId}`}`
    : `url:${link.url ?? ""}`;
}

/** The union of the claims' links, or the conflicts when one target has two stances. */
function mergeEvidence(
  claims: readonly AgreementClaim[],
  unitOfClaim: ReadonlyMap<string, string>,
): { links: MergedLink[]; conflicts: StanceConflict[] } {
  const byTarget = new Map<string, { link: AgreementEvidence; stances: { claimId: string; stance: string }[] }>();
  for (const claim of claims) {
    for (const link of claim.evidence) {
      const target = evidenceTarget(link, unitOfClaim);
      const entry = byTarget.get(target);
      if (entry) entry.stances.push({ claimId: claim.id, stance: link.stance });
      else byTarget.set(target, { link, stances: [{ claimId: claim.id, stance: link.stance }] });
    }
  }
  const links: MergedLink[] = [];
  const conflicts: StanceConflict[] = [];
  for (const [target, { link, stances }] of byTarget) {
    if (new Set(stances.map((s) => s.stance)).size > 1) conflicts.push({ target, stances });
    else links.push({ target, link, stance: stances[0].stance, sourceClaimIds: stances.map((s) => s.claimId) });
  }
  return { links, conflicts };
}

function checkMajorityThreshold(threshold: number): number {
  if (!(threshold >= 0.5 && threshold <= 1)) {
    throw new RangeError(`majority threshold must be in [0.5, 1], got ${threshold}`);
  }
  return threshold;
}

/** What the rule does with one unit of an article annotated by `annotatorIds`. */
export function planUnit<C extends MergeableClaim>(
  unit: AlignedUnit<C>,
  annotatorIds: readonly string[],
  rule: AutoMergeRule,
  unitOfClaim: ReadonlyMap<string, string>,
): UnitPlan<C> {
  if (rule.mode === "none") return { action: "adjudicate", why: "auto_merge_off", conflicts: [] };
  const threshold = checkMajorityThreshold(rule.majorityThreshold);
  const groups = new Map<string, C[]>();
  let without = 0;
  for (const id of annotatorIds) {
    const claim = unit.claims[id];
    if (!claim) {
      without++;
      continue;
    }
    const key = versionKey(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const present = annotatorIds.map((id) => unit.claims[id]).filter((c): c is C => !!c);
  const largest = [...groups.values()].reduce<C[]>((best, g) => (g.length > best.length ? g : best), []);
  const n = annotatorIds.length;

  let merged: C[] | null = null;
  let provenance: "unanimous" | "majority" = "unanimous";
  if (largest.length === n) merged = largest;
  else if (rule.mode === "majority" && largest.length / n > threshold) {
    merged = largest;
    provenance = "majority";
  } else if (rule.mode === "majority" && without / n > threshold) {
    return { action: "reject", provenance: "majority", reasonCode: "not_a_claim", sources: present };
  }
  if (!merged) return { action: "adjudicate", why: "no_consensus", conflicts: [] };
  const { links, conflicts } = mergeEvidence(merged, unitOfClaim);
  if (conflicts.length > 0) return { action: "adjudicate", why: "stance_conflict", conflicts };
  return { action: "merge", provenance, base: merged[0], sources: merged, evidence: links };
}
