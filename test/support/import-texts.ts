/**
 * Shared pieces of the import integration tests. Every text is built from random words, so no
 * test's article is ever a duplicate or near-duplicate of another test's (or of the corpus).
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { api, testDb } from "@/test/support/http";
import { buildSelectors } from "@/lib/anchors/selectors";

const COMMON = [
  "the",
  "ministry",
  "said",
  "people",
  "were",
  "killed",
  "in",
  "city",
  "on",
  "officials",
  "reported",
  "after",
  "talks",
  "forces",
  "near",
];

/** A word no other test will produce. */
export const token = (): string => `w${randomBytes(4).toString("hex")}`;

/** One sentence of `words` words (about a third of them unique), ending in a period. */
export function sentence(words = 14): string {
  const out = Array.from({ length: words }, (_, i) =>
    i % 3 === 0 ? token() : (COMMON[(i * 7 + words) % COMMON.length] ?? "the"),
  );
  const first = out[0] ?? "Word";
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(" ")}.`;
}

/** A paragraph of `sentences` sentences (long enough to read as prose, never as chrome). */
export const paragraph = (sentences = 3): string => Array.from({ length: sentences }, () => sentence()).join(" ");

/** Parses an NDJSON response body. */
export function ndjson(body: unknown): Array<Record<string, any>> {
  expect(typeof body).toBe("string");
  return String(body)
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, any>);
}

/**
 * Creates a claim on `phrase` through the claims API, or, while that route is not deployed
 * (404 without an error body), directly in the database with the same selectors.
 */
export async function claimOn(
  tokenValue: string,
  userId: string,
  article: { id: string; text: string },
  phrase: string,
) {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  const res = await api(`/api/articles/${article.id}/claims`, {
    method: "POST",
    token: tokenValue,
    json: { start, end: start + phrase.length, exact: phrase, kind: "casualty" },
  });
  if (res.status === 201) return res.data.id as string;
  expect(res.status === 404 && !res.data?.error, JSON.stringify(res.data)).toBe(true);
  const claim = await testDb().claim.create({
    data: {
      articleId: article.id,
      ...buildSelectors(article.text, start, start + phrase.length),
      kind: "casualty",
      authorId: userId,
    },
  });
  return claim.id;
}
