import { CreateClaimInput, PrefillQuery, ProjectScopeQuery, SpanInput } from "@/lib/claims/schema";
import { CreateArticleInput, ImportQuery, ListArticlesQuery, RestoreBlockInput } from "@/lib/articles/schema";
import { SuggestionsPage } from "@/lib/claims/list-suggestions";
import { maxImportBytes } from "@/lib/articles/import/limits";
import { z } from "zod";
import { operation } from "../operation";

/** JSON escaping can make a body somewhat larger than the document it carries. */
const JSON_OVERHEAD = 64 * 1024;

const ArticleQuery = z.object({ raw: z.enum(["true", "false"], { message: "must be true or false" }).optional() });

export const getArticleClaims = operation({
  method: "GET",
  path: "/api/articles/{id}/claims",
  tag: "Articles",
  summary: "List an article's claims in a project",
  description:
    "The article's claims in reading order (start, then longer spans first): those of the project `?projectId=` names (else the Default project) that the caller may see there (blind: their own).",
  permission: "articles.read",
  query: ProjectScopeQuery,
  responses: { 200: "`{ items }`: the claims you may see, by position" },
});

export const createClaim = operation({
  method: "POST",
  path: "/api/articles/{id}/claims",
  tag: "Articles",
  summary: "Tag a claim on an article",
  description: "201 with the new draft claim; offsets are UTF-16 code units into the canonical text, end exclusive.",
  permission: "claims.write",
  body: CreateClaimInput,
  responses: {
    201: "The new draft claim (`Location` names it)",
    409: "The article is blind or shared and you hold no open assignment of it",
  },
  example: {
    body: {
      start: 0,
      end: 12,
      exact: "12,000 homes",
      kind: "quantity",
      value: 12000,
      qualifier: "exact",
      unit: "homes",
    },
  },
});

export const restoreArticleBlock = operation({
  method: "POST",
  path: "/api/articles/{id}/cleaning/restore",
  tag: "Articles",
  summary: "Put back a block cleaning removed",
  description:
    'Puts removed block `index` back into the text at its original position; body `{ index, version }` (409 when `version` is stale). Answers `{ article, reanchored, orphans }`: the article with its new text and version, how many claims moved, and the claims that could not be placed (marked `anchorStatus: "orphan"`, never deleted).',
  permission: "articles.write",
  body: RestoreBlockInput,
  responses: { 200: "`{ article, reanchored, orphans }`", 409: "`version` is stale" },
  example: { body: { index: 0, version: 1 } },
});

export const getArticleCleaning = operation({
  method: "GET",
  path: "/api/articles/{id}/cleaning",
  tag: "Articles",
  summary: "What cleaning removed from an article",
  description:
    '"Removed by cleaning": `{ articleId, version, rawFormat, removed: [{ index, text, reason }] }` (texts are plain text).',
  permission: "articles.read",
  responses: { 200: "`{ articleId, version, rawFormat, removed }`" },
});

export const getArticlePrefill = operation({
  method: "GET",
  path: "/api/articles/{id}/prefill",
  tag: "Articles",
  summary: "Snap a selection to words and read its figure",
  description: "Snaps `?start=&end=` to whole words and reads figure defaults for the tagging popover.",
  permission: "articles.read",
  query: PrefillQuery,
  responses: { 200: "The snapped span with the parsed value, qualifier and unit" },
  example: { query: { start: 0, end: 12 } },
});

export const getArticle = operation({
  method: "GET",
  path: "/api/articles/{id}",
  tag: "Articles",
  summary: "Read an article",
  description: "The article; who imported it by name, with the email for admins only.",
  permission: "articles.read",
  query: ArticleQuery,
  responses: { 200: "The article with its canonical `text` (and `rawOriginal` with `raw=true`)" },
  example: { query: { raw: "false" } },
});

export const submitArticleClaims = operation({
  method: "POST",
  path: "/api/articles/{id}/submit-all",
  tag: "Articles",
  summary: "Submit all your drafts on an article",
  description:
    "Submits all of the caller's drafts and changes-requested claims on this article in one transaction: `{ articleId, submitted, skipped, claims: [{ id, version, status }] }`.",
  permission: "claims.write",
  responses: { 200: "`{ articleId, submitted, skipped, claims }`" },
});

export const dismissArticleSuggestion = operation({
  method: "POST",
  path: "/api/articles/{id}/suggestions/dismiss",
  tag: "Articles",
  summary: "Hide a suggestion of the spotter",
  description: "Hides a suggestion `{ start, end, exact }` on this article; idempotent.",
  permission: "claims.write",
  body: SpanInput,
  responses: { 200: "The dismissal (idempotent)" },
  example: { body: { start: 0, end: 12, exact: "12,000 homes" } },
});

export const getArticleSuggestions = operation({
  method: "GET",
  path: "/api/articles/{id}/suggestions",
  tag: "Articles",
  summary: "Figures the offline spotter suggests",
  description:
    "Figures the offline spotter finds in the article, minus the caller's dismissed spans and the spans already tagged by a claim the caller may see in the project `?projectId=` names (else the Default project); paged (`offset`, `limit`).",
  permission: "articles.read",
  query: ProjectScopeQuery.extend(SuggestionsPage.shape),
  responses: { 200: "`{ items, total, offset, limit }`" },
  example: { query: { offset: 0, limit: 20 } },
});

export const importArticlesBulk = operation({
  method: "POST",
  path: "/api/articles/bulk",
  tag: "Articles",
  summary: "Import articles from JSON Lines",
  description:
    'Imports JSON Lines (Content-Type application/x-ndjson or application/jsonl), one article object per line as `POST /api/articles` takes it. The body is read line by line and the response streamed as NDJSON: `{ line, status: "created"|"duplicate"|"error", id?, title?, duplicateOf?, reason?, nearDuplicateOf?, error? }` per non-blank input line, then `{ summary: { created, duplicates, errors }, project? }`. Each good line is committed on its own. `?projectId=` as for `POST /api/articles`, checked before the first line is read; the summary then names the project (`project: { id, name }`).',
  permission: "articles.write",
  query: ImportQuery,
  rawBody: {
    mediaType: "application/x-ndjson",
    description: "One article per line, each as `POST /api/articles` takes it",
    example: '{"title":"Flood update","text":"Some 12,000 homes were flooded on Monday."}\n',
  },
  produces: "application/x-ndjson",
  responses: { 200: "NDJSON: one result per input line, then `{ summary }`" },
});

export const getArticles = operation({
  method: "GET",
  path: "/api/articles",
  tag: "Articles",
  summary: "List and search the article library",
  description: "",
  permission: "articles.read",
  query: ListArticlesQuery,
  responses: { 200: "`{ items, page, pageSize, total, pages }`" },
  example: { query: { q: "flood", page: 1, pageSize: 25 } },
});

export const createArticle = operation({
  method: "POST",
  path: "/api/articles",
  tag: "Articles",
  summary: "Import one article",
  description:
    'Imports one article given as `text` or `html`. 201 with the new article (its `nearDuplicateOfId`, and `nearDuplicate: { id, similarity }`, when it resembles an earlier one); 200 with the existing article plus `duplicateOf` and `reason` ("url" | "hash" | "near-duplicate") when it is already stored. `?force=true` stores a copy anyway. `?projectId=` (a project the caller manages, else 404/403) includes the article, new or found, in that project in the same transaction, and the answer names it (`project: { id, name }`); without it, the Default project.',
  permission: "articles.write",
  body: CreateArticleInput,
  query: ImportQuery,
  bodyLimit: maxImportBytes() + JSON_OVERHEAD,
  responses: {
    200: "Already stored: the existing article with `duplicateOf` and `reason`",
    201: "The new article (`Location` names it)",
  },
  example: {
    body: {
      title: "Flood update",
      text: "Some 12,000 homes were flooded on Monday, the agency said.",
      url: "https://news.example.org/flood-update",
      publisher: "Example News",
      publishedAt: "2026-03-02",
    },
  },
});

export const uploadArticles = operation({
  method: "POST",
  path: "/api/articles/upload",
  tag: "Articles",
  summary: "Import article files",
  description:
    "Imports files sent as multipart/form-data `file` fields (.txt, .md, .html/.htm, .jsonl). Answers `{ results: [{ file, line?, format?, status, id?, title?, duplicateOf?, reason?, nearDuplicateOf?, error? }], summary }`: one result per file, one per line for JSONL files. A bad file (wrong type, binary, empty, over MAX_IMPORT_BYTES) is an error result, not a failed request; a request without files is a 400. `?projectId=` as for `POST /api/articles`; the answer then names the project (`project: { id, name }`).",
  permission: "articles.write",
  query: ImportQuery,
  rawBody: {
    mediaType: "multipart/form-data",
    description: "One or more `file` fields: .txt, .md, .html/.htm or .jsonl",
    example: { file: "Flood update\n\nSome 12,000 homes were flooded on Monday." },
  },
  responses: { 200: "`{ results, summary }`: one result per file (per line for JSONL)" },
});
