/**
 * Set-up for the review integration tests: an annotator's claim taken to "submitted" through the
 * API, and small readers of the audit trail.
 */
import { expect } from "vitest";
import { api, testDb } from "@/test/support/http";
import { newArticle, newClaim } from "@/test/support/claims";

export const STORY =
  "Diplomats gathered in Geneva on Monday to discuss ways to end Syria's 20-month civil war that has left over 30,000 people dead, " +
  "according to activists. More than one million Syrians have fled the country, and 2.5 million are displaced inside it.";

/** A new article and a draft claim on it by `token`'s user. */
export async function draftClaim(
  token: string,
  phrase = "over 30,000 people dead",
  attrs: Record<string, unknown> = {},
) {
  const article = await newArticle(token, STORY, "Review test");
  const claim = await newClaim(token, article, phrase, {
    kind: "casualty",
    value: 30000,
    qualifier: "more_than",
    ...attrs,
  });
  return { article, claim: claim as { id: string; version: number } };
}

/** Submits a claim at `version` and returns the claim as the API answered (fails the test on anything but 200). */
export async function submit(token: string, id: string, version: number) {
  const res = await api(`/api/claims/${id}/submit`, { method: "POST", token, json: { version } });
  expect(res.status, JSON.stringify(res.data)).toBe(200);
  return res.data.claim as { id: string; version: number; status: string };
}

/** A claim by `authorToken` that is waiting for review. */
export async function submittedClaim(authorToken: string) {
  const { article, claim } = await draftClaim(authorToken);
  return { article, claim: await submit(authorToken, claim.id, claim.version) };
}

export function review(token: string, id: string, body: Record<string, unknown>) {
  return api(`/api/claims/${id}/review`, { method: "POST", token, json: body });
}

/** The actions recorded against a claim, oldest first, straight from the database. */
export async function auditActionsOf(claimId: string): Promise<string[]> {
  const rows = await testDb().auditEvent.findMany({
    where: { entityType: "claim", entityId: claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true },
  });
  return rows.map((r) => r.action);
}
