import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/schema";
import { astralPositions, codePointSpan } from "./code-points";

/** What one claim row loads for export: everything a record needs (the reference read; exports use the same columns in raw SQL). */
export const exportClaimSelect = {
  id: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  kind: true,
  value: true,
  qualifier: true,
  valueMax: true,
  unit: true,
  timeRef: true,
  attributedTo: true,
  authorType: true,
  statement: true,
  status: true,
  verdict: true,
  justification: true,
  approvedAt: true,
  updatedAt: true,
  layer: true,
  goldDecision: {
    select: {
      provenance: true,
      action: true,
      reasonCode: true,
      comment: true,
      createdAt: true,
      adjudicator: { select: { id: true, name: true } },
      claims: {
        where: { role: "source" },
        orderBy: { claimId: "asc" },
        select: { claimId: true, claim: { select: { author: { select: { id: true, name: true } } } } },
      },
    },
  },
  article: { select: { id: true, title: true, url: true, publisher: true, publishedAt: true, text: true } },
  cluster: { select: { id: true, name: true } },
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  evidence: {
    // by id, so the order inside a record is as stable as the order of records
    orderBy: { id: "asc" },
    select: {
      stance: true,
      targetClaimId: true,
      targetClaim: { select: { exact: true, status: true } },
      url: true,
      title: true,
      publisher: true,
      quote: true,
      accessedAt: true,
    },
  },
} satisfies Prisma.ClaimSelect;

export type ExportClaimRow = Prisma.ClaimGetPayload<{ select: typeof exportClaimSelect }>;

export type ExportEvidence =
  /**
   * `quote` is the cited claim's text when that claim is approved, else null: only its id leaves.
   * In an annotator-scoped (blind) export, a link to a claim the annotator may not see is left out.
   */
  | { type: "claim"; stance: string; targetClaimId: string; quote: string | null }
  | {
      type: "url";
      stance: string;
      url: string;
      title: string | null;
      publisher: string | null;
      quote: string | null;
      accessedAt: string | null;
    };

/**
 * Where a gold claim came from: how it was settled (`kind`: every annotator made the same version,
 * a majority did, or an adjudicator decided), by which decision (`action`: merge, take, edit,
 * add), the annotators' claims it was made from (`sources`, none for a claim nobody made), who
 * decided (null for an automatic merge), and why.
 */
export interface ExportProvenance {
  kind: string;
  action: string;
  sources: { claimId: string; annotator: { id: string; name: string } }[];
  adjudicator: { id: string; name: string } | null;
  reasonCode: string | null;
  comment: string | null;
  decidedAt: string;
}

/**
 * One verified claim as exported: the JSONL line, and the common input of every other format.
 * `span.start`/`end` are UTF-16 code units into the article's canonical text (what the API and
 * the editor use), `span.codePointStart`/`codePointEnd` the same span in code points (what the
 * W3C model, Python and most tools count); `end` exclusive in both.
 */
export interface ExportRecord {
  id: string;
  article: { id: string; title: string; url: string | null; publisher: string | null; publishedAt: string | null };
  span: {
    start: number;
    end: number;
    codePointStart: number;
    codePointEnd: number;
    exact: string;
    prefix: string;
    suffix: string;
  };
  /** The claim as a self-contained sentence (null on claims made before statements existed). */
  statement: string | null;
  kind: string;
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  unit: string | null;
  timeRef: string | null;
  attributedTo: string | null;
  /** "person" or "organisation", as the annotator said; null when not said. */
  authorType: string | null;
  status: string;
  verdict: string | null;
  justification: string | null;
  evidence: ExportEvidence[];
  cluster: { id: string; name: string } | null;
  annotator: { id: string; name: string };
  reviewer: { id: string; name: string } | null;
  approvedAt: string | null;
  /** The claim's last change: W3C `modified`, and the latest one is the collection's `generated`. */
  updatedAt: string;
  /** "gold" (the project's adjudicated claim) or "annotation" (one annotator's own layer). */
  layer: string;
  /** A gold claim's provenance; null on the annotation layer. */
  provenance: ExportProvenance | null;
  schemaVersion: number;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toEvidence(row: ExportClaimRow["evidence"][number]): ExportEvidence {
  if (row.targetClaimId) {
    const quote = row.targetClaim?.status === "approved" ? row.targetClaim.exact : null;
    return { type: "claim", stance: row.stance, targetClaimId: row.targetClaimId, quote };
  }
  return {
    type: "url",
    stance: row.stance,
    url: row.url ?? "",
    title: row.title,
    publisher: row.publisher,
    quote: row.quote,
    accessedAt: iso(row.accessedAt),
  };
}

function provenanceOf(decision: ExportClaimRow["goldDecision"]): ExportProvenance | null {
  if (!decision) return null;
  return {
    kind: decision.provenance,
    action: decision.action,
    sources: decision.claims.map((c) => ({
      claimId: c.claimId,
      annotator: { id: c.claim.author.id, name: c.claim.author.name },
    })),
    adjudicator: decision.adjudicator ? { id: decision.adjudicator.id, name: decision.adjudicator.name } : null,
    reasonCode: decision.reasonCode,
    comment: decision.comment,
    decidedAt: decision.createdAt.toISOString(),
  };
}

/** Maps a loaded row to the record; key order is fixed here, which keeps the bytes stable. */
export function toExportRecord(row: ExportClaimRow): ExportRecord {
  return {
    id: row.id,
    article: {
      id: row.article.id,
      title: row.article.title,
      url: row.article.url,
      publisher: row.article.publisher,
      publishedAt: iso(row.article.publishedAt),
    },
    span: {
      start: row.start,
      end: row.end,
      ...codePointSpan(
        new Map([[row.article.id, astralPositions(row.article.text)]]),
        row.article.id,
        row.start,
        row.end,
      ),
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
    },
    statement: row.statement,
    kind: row.kind,
    value: row.value,
    qualifier: row.qualifier,
    valueMax: row.valueMax,
    unit: row.unit,
    timeRef: row.timeRef,
    attributedTo: row.attributedTo,
    authorType: row.authorType,
    status: row.status,
    verdict: row.verdict,
    justification: row.justification,
    evidence: row.evidence.map(toEvidence),
    cluster: row.cluster ? { id: row.cluster.id, name: row.cluster.name } : null,
    annotator: { id: row.author.id, name: row.author.name },
    reviewer: row.reviewer ? { id: row.reviewer.id, name: row.reviewer.name } : null,
    approvedAt: iso(row.approvedAt),
    updatedAt: row.updatedAt.toISOString(),
    layer: row.layer,
    provenance: provenanceOf(row.goldDecision),
    schemaVersion: EXPORT_SCHEMA_VERSION,
  };
}
