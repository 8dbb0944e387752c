/**
 * Shared set-up for the claims integration tests: every test makes its own article (the text
 * carries a unique marker so article de-duplication never hands back another test's row).
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { api } from "@/test/support/http";

/** A new article whose canonical text is returned along with its id. */
export async function newArticle(token: string, body: string, title = "Claims test") {
  // Letters only: a marker such as "20169344" would itself be spotted as a figure.
  const marker = randomBytes(4)
    .toString("hex")
    .replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)] ?? "g");
  const created = await api("/api/articles", {
    method: "POST",
    token,
    json: { title: `${title} ${marker}`, text: `${body}\n\nMarker ${marker}.` },
  });
  expect(created.status).toBe(201);
  const read = await api(`/api/articles/${created.data.id}`, { token });
  return { id: created.data.id as string, title: read.data.title as string, text: read.data.text as string };
}

/** `{ start, end, exact }` of the first occurrence of `phrase` in `text`. */
export function spanOf(text: string, phrase: string, from = 0) {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, exact: phrase };
}

/** Creates a claim on `phrase` and returns the response body, failing the test on anything but 201. */
export async function newClaim(
  token: string,
  article: { id: string; text: string },
  phrase: string,
  attrs: Record<string, unknown> = {},
) {
  const res = await api(`/api/articles/${article.id}/claims`, {
    method: "POST",
    token,
    json: { ...spanOf(article.text, phrase), kind: "quantity", ...attrs },
  });
  expect(res.status, JSON.stringify(res.data)).toBe(201);
  return res.data;
}
