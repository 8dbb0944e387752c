import type { Db } from "@/lib/db/client";
import { evidenceSelect } from "./schema";

type EvidenceWhere = NonNullable<Parameters<Db["evidence"]["findMany"]>[0]>["where"];

/** Evidence rows with both claims they may join, oldest first (the order they were found in). */
export function findEvidence(db: Db, where: EvidenceWhere) {
  return db.evidence.findMany({ where, select: evidenceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** An evidence row as read by `findEvidence`. */
export type EvidenceRow = Awaited<ReturnType<typeof findEvidence>>[number];

/** Which end of a link the claim being looked at is: its start, or its target. */
export type EvidenceDirection = "outgoing" | "incoming";

/**
 * One evidence link as seen from one claim. `direction` is "outgoing" when the link starts at
 * that claim and "incoming" when another claim links to it; `linkedClaim` is the claim at the
 * other end, or null for an external source (whose fields are `url`, `title`, `publisher`,
 * `publishedAt`, `quote`, `accessedAt`). `stance` is always how the target bears on the claim
 * the link starts from, whichever side it is seen from.
 */
export function toEvidenceWire(row: EvidenceRow, direction: EvidenceDirection) {
  const { claim, targetClaim, ...link } = row;
  return { ...link, direction, linkedClaim: direction === "outgoing" ? targetClaim : claim };
}
export type EvidenceWire = ReturnType<typeof toEvidenceWire>;
