import { isStance, isVerdict, type Stance, type Verdict } from "@/lib/claims/wire-values";

export const stanceLabels: Record<Stance, string> = {
  supports: "Supports",
  refutes: "Refutes",
  mixed: "Mixed",
  context: "Context",
};

/** What each stance means, for the radio buttons that choose one. */
export const stanceHints: Record<Stance, string> = {
  supports: "it backs this claim",
  refutes: "it contradicts this claim",
  mixed: "it partly backs, partly contradicts",
  context: "related background, takes no side",
};

export const verdictLabels: Record<Verdict, string> = {
  supported: "Supported",
  refuted: "Refuted",
  conflicting: "Conflicting evidence",
  not_enough_evidence: "Not enough evidence",
};

// Stance and verdict are plain strings in the database; a value outside the vocabulary (a
// hand-edited row) is shown as it is, in the neutral colour.

export function StanceChip({ stance }: { stance: string }) {
  return isStance(stance) ? (
    <span className={`badge stance--${stance}`}>{stanceLabels[stance]}</span>
  ) : (
    <span className="badge badge--neutral">{stance}</span>
  );
}

export function VerdictChip({ verdict }: { verdict: string | null }) {
  if (verdict === null) return <span className="badge badge--neutral">No verdict</span>;
  return isVerdict(verdict) ? (
    <span className={`badge verdict--${verdict}`}>{verdictLabels[verdict]}</span>
  ) : (
    <span className="badge badge--neutral">{verdict}</span>
  );
}
