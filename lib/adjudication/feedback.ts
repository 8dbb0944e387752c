/**
 * "What changed in my work": an annotator's claims on an adjudicated article against the gold
 * layer, read from provenance (which gold claim each source claim went into, which units were
 * rejected and why) — no re-alignment, so it shows exactly what the adjudicator decided.
 *
 * Each of the annotator's claims is:
 * - "kept": a gold claim came from it and carries the same version (span and attributes);
 * - "changed": a gold claim came from it with some fields different (listed, with both values);
 * - "rejected": its unit was rejected (the reason code and the comment);
 * - "replaced": its unit went into a gold claim that another annotator's version was taken for
 *   (or an edit of it), and this claim was not among the sources — compared like "changed";
 * - "pending": nothing has been decided for it yet.
 * And each gold claim none of whose sources is theirs is "missed" (a claim they did not make).
 */
import { normaliseUnit } from "@/lib/agreement/measures";
import type { MergeableClaim } from "./merge-unit";

type GoldProvenanceKind = "unanimous" | "majority" | "adjudicated";

export const REASON_CODES = ["ambiguous_text", "guideline_gap", "annotator_error", "not_a_claim", "other"] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface GoldClaimRecord extends Omit<MergeableClaim, "annotatorId" | "evidence"> {
  provenance: GoldProvenanceKind;
  /** The annotators' claims of its unit that it came from (taken, or edited from). */
  sourceClaimIds: readonly string[];
  /** Every annotator claim of the unit it settled (sources and the versions not taken). */
  unitClaimIds: readonly string[];
  adjudicatorId: string | null;
  reasonCode: ReasonCode | null;
  comment: string | null;
}

export interface RejectionRecord {
  provenance: "majority" | "adjudicated";
  unitClaimIds: readonly string[];
  adjudicatorId: string | null;
  reasonCode: ReasonCode;
  comment: string | null;
}

const COMPARED_FIELDS = [
  "start",
  "end",
  "kind",
  "value",
  "qualifier",
  "valueMax",
  "unit",
  "timeRef",
  "attributedTo",
  "verdict",
] as const;
type ComparedField = (typeof COMPARED_FIELDS)[number];

interface FieldChange {
  field: ComparedField;
  mine: string | number | null;
  gold: string | number | null;
}

type ClaimOutcome<C extends MergeableClaim = MergeableClaim, G extends GoldClaimRecord = GoldClaimRecord> =
  | { outcome: "kept"; claim: C; gold: G }
  | { outcome: "changed" | "replaced"; claim: C; gold: G; changes: FieldChange[] }
  | { outcome: "rejected"; claim: C; rejection: RejectionRecord }
  | { outcome: "pending"; claim: C };

export interface ArticleFeedback<
  C extends MergeableClaim = MergeableClaim,
  G extends GoldClaimRecord = GoldClaimRecord,
> {
  claims: ClaimOutcome<C, G>[];
  missed: G[];
}

const comparable = (field: ComparedField, v: string | number | null) => {
  if (typeof v !== "string") return v;
  const t = field === "unit" ? normaliseUnit(v) : v.trim();
  return t === "" ? null : t;
};

function claimChanges(mine: MergeableClaim, gold: Omit<MergeableClaim, "annotatorId" | "evidence">): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    if (comparable(field, mine[field]) !== comparable(field, gold[field])) {
      changes.push({ field, mine: mine[field], gold: gold[field] });
    }
  }
  return changes;
}

/** What became of one annotator's claims on one article (see the module comment). */
export function changesInMyWork<C extends MergeableClaim, G extends GoldClaimRecord>(
  mine: readonly C[],
  gold: readonly G[],
  rejections: readonly RejectionRecord[],
): ArticleFeedback<C, G> {
  const fromSource = new Map<string, G>();
  const fromUnit = new Map<string, G>();
  for (const g of gold) {
    for (const id of g.sourceClaimIds) fromSource.set(id, g);
    for (const id of g.unitClaimIds) fromUnit.set(id, g);
  }
  const rejected = new Map<string, RejectionRecord>();
  for (const r of rejections) for (const id of r.unitClaimIds) rejected.set(id, r);

  const claims = [...mine]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((claim): ClaimOutcome<C, G> => {
      const source = fromSource.get(claim.id);
      if (source) {
        const changes = claimChanges(claim, source);
        return changes.length === 0
          ? { outcome: "kept", claim, gold: source }
          : { outcome: "changed", claim, gold: source, changes };
      }
      const unit = fromUnit.get(claim.id);
      if (unit) return { outcome: "replaced", claim, gold: unit, changes: claimChanges(claim, unit) };
      const rejection = rejected.get(claim.id);
      if (rejection) return { outcome: "rejected", claim, rejection };
      return { outcome: "pending", claim };
    });
  const mineIds = new Set(mine.map((c) => c.id));
  const missed = gold.filter((g) => !g.unitClaimIds.some((id) => mineIds.has(id)));
  return { claims, missed };
}
