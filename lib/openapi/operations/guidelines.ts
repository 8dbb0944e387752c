import { CompareGuidelinesQuery, GuidelinesInput } from "@/lib/projects/schema";
import { operation } from "../operation";

export const getGuidelinesVersion = operation({
  method: "GET",
  path: "/api/projects/{id}/guidelines/{number}",
  tag: "Guidelines",
  summary: "Read one version of the guidelines",
  description:
    "One version of the guidelines (`latest` for the newest): `{ number, markdown, changeNote, createdAt, author }`.",
  permission: "articles.read",
  params: { number: "The version number, or `latest`" },
  responses: { 200: "`{ number, markdown, changeNote, createdAt, author }`" },
  example: { params: { number: "latest" } },
});

export const markGuidelinesSeen = operation({
  method: "POST",
  path: "/api/projects/{id}/guidelines/{number}/seen",
  tag: "Guidelines",
  summary: "Record that you opened a version",
  description:
    'Records that the caller opened this version (what "open the new guidelines first" checks); answers the version.',
  permission: "articles.read",
  params: { number: "The version number, or `latest`" },
  responses: { 200: "The version" },
  example: { params: { number: "latest" } },
});

export const compareGuidelines = operation({
  method: "GET",
  path: "/api/projects/{id}/guidelines/compare",
  tag: "Guidelines",
  summary: "Compare two versions of the guidelines",
  description: "`?from=&to=`: both versions and the line diff `[{ op: same | removed | added, text }]` with counts.",
  permission: "articles.read",
  query: CompareGuidelinesQuery,
  responses: { 200: "Both versions and the line diff with counts" },
  example: { query: { from: 1, to: 2 } },
});

export const listGuidelines = operation({
  method: "GET",
  path: "/api/projects/{id}/guidelines",
  tag: "Guidelines",
  summary: "List the versions of the guidelines",
  description: "`{ items: [{ number, changeNote, createdAt, author }], seen }`, newest first.",
  permission: "articles.read",
  responses: { 200: "`{ items, seen }`, newest first" },
});

export const createGuidelinesVersion = operation({
  method: "POST",
  path: "/api/projects/{id}/guidelines",
  tag: "Guidelines",
  summary: "Publish a new version of the guidelines",
  description:
    "Saves a new version (managers): `{ markdown, changeNote?, baseVersion? }` → 201; a newer version than `baseVersion` → 409.",
  permission: "articles.read",
  body: GuidelinesInput,
  responses: { 201: "The new version", 409: "A version newer than `baseVersion` exists" },
  example: {
    body: {
      markdown: "# Guidelines\n\nTag every figure of people or homes affected.",
      changeNote: "First version",
      baseVersion: 0,
    },
  },
});
