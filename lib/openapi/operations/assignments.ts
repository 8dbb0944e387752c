import { ProjectArticlesQuery } from "@/lib/projects/schema";
import { z } from "zod";
import { storableText } from "@/lib/http/wire-rules";
import { operation } from "../operation";

const ReassignInput = z.object({ annotatorId: z.string({ error: "must be a string" }).min(1, "is required").max(100) });

const BulkAssignInput = z.object({
  csv: storableText(z.string({ error: "must be a string of CSV lines article,email" })).refine(
    (s) => s.trim() !== "",
    "must not be empty",
  ),
});

const AssignInput = z.object({
  articleId: z.string({ error: "must be a string" }).min(1, "is required").max(100),
  annotatorId: z.string({ error: "must be a string" }).min(1, "is required").max(100),
});

export const reassignAssignment = operation({
  method: "POST",
  path: "/api/assignments/{id}/reassign",
  tag: "Assignments",
  summary: "Move an open assignment to another annotator",
  description: "A manager moves an open assignment to another annotator: `{ annotatorId }` → the new assignment.",
  permission: "articles.read",
  body: ReassignInput,
  responses: {
    200: "The new assignment",
    409: "The assignment is no longer open, or the annotator already has the article",
  },
  example: { body: { annotatorId: "example-user-id" } },
});

export const returnAssignment = operation({
  method: "POST",
  path: "/api/assignments/{id}/return",
  tag: "Assignments",
  summary: "Return an open assignment to the pool",
  description: "A manager returns an open assignment to the pool (its claims stay with it).",
  permission: "articles.read",
  responses: { 200: "The returned assignment", 409: "The assignment is no longer open" },
});

export const getAssignment = operation({
  method: "GET",
  path: "/api/assignments/{id}",
  tag: "Assignments",
  summary: "Read an assignment",
  description: "One assignment (its annotator, and the project's reviewers and managers).",
  permission: "articles.read",
  responses: { 200: "The assignment with its article and state" },
});

export const startAssignment = operation({
  method: "POST",
  path: "/api/assignments/{id}/start",
  tag: "Assignments",
  summary: "Open an assignment",
  description: "The annotator opens it: assigned → in progress; restarts the abandonment clock.",
  permission: "claims.write",
  responses: { 200: "The assignment, now in progress", 409: "The assignment is not assigned to you or no longer open" },
});

export const submitAssignment = operation({
  method: "POST",
  path: "/api/assignments/{id}/submit",
  tag: "Assignments",
  summary: "Submit an assignment with its drafts",
  description:
    "The annotator submits it with all its draft claims; a claim missing a required attribute → 422 naming it.",
  permission: "claims.write",
  responses: {
    200: "The submitted assignment",
    409: "The assignment is not in progress",
    422: "A draft lacks a required attribute (each claim is named)",
  },
});

export const bulkAssign = operation({
  method: "POST",
  path: "/api/projects/{id}/assignments/bulk",
  tag: "Assignments",
  summary: "Assign articles from CSV lines",
  description:
    "Assigns from CSV lines `article,email` (article id or URL), all or nothing (managers): `{ csv }` → `{ assigned, items }`.",
  permission: "articles.read",
  body: BulkAssignInput,
  responses: {
    200: "`{ assigned, items }`",
    409: "An article is full or a quota is reached (nothing is assigned)",
    422: "A line names an unknown article or annotator (nothing is assigned)",
  },
  example: { body: { csv: "https://news.example.org/flood-update,annotator@example.org" } },
});

export const getProjectAssignments = operation({
  method: "GET",
  path: "/api/projects/{id}/assignments",
  tag: "Assignments",
  summary: "The assignment matrix",
  description:
    "The assignment matrix, one page of articles: `{ annotators, articles: [{ state, assignments: [...] }], page, total }` (reviewers and managers).",
  permission: "articles.read",
  query: ProjectArticlesQuery,
  responses: { 200: "`{ annotators, articles, page, total }`" },
  example: { query: { page: 1, pageSize: 50 } },
});

export const createAssignment = operation({
  method: "POST",
  path: "/api/projects/{id}/assignments",
  tag: "Assignments",
  summary: "Assign an article to an annotator",
  description: "Assigns an article to an annotator (managers): `{ articleId, annotatorId }` → 201.",
  permission: "articles.read",
  body: AssignInput,
  responses: { 201: "The new assignment", 409: "The article is full or the annotator's quota is reached" },
  example: { body: { articleId: "example-article-id", annotatorId: "example-user-id" } },
});

export const getProjectDashboard = operation({
  method: "GET",
  path: "/api/projects/{id}/dashboard",
  tag: "Assignments",
  summary: "Progress of a project",
  description:
    "Progress for reviewers and managers: articles by state, per annotator counts and median time, submissions per day.",
  permission: "articles.read",
  responses: { 200: "Articles by state, per-annotator counts and median time, submissions per day" },
});

export const takeNextArticle = operation({
  method: "POST",
  path: "/api/projects/{id}/queue/next",
  tag: "Assignments",
  summary: "Take the next article",
  description:
    "\"Next article\": 200 with the caller's oldest open assignment (`resumed: true`), 201 with a new one taken by the project's rules, or 204 when there is nothing for them; the `Claimbench-Queue` header then says why (pool_empty, quota_reached, manual_assignment). 409 when the project asks to open newer guidelines first.",
  permission: "claims.write",
  responses: {
    200: "Your oldest open assignment (`resumed: true`)",
    201: "A new assignment",
    204: "Nothing for you now; the `Claimbench-Queue` header says why",
    409: "Open the newer guidelines first",
  },
});

export const getProjectQueue = operation({
  method: "GET",
  path: "/api/projects/{id}/queue",
  tag: "Assignments",
  summary: "Your queue in a project",
  description:
    "The caller's queue: assigned, in progress, recently submitted, quota, what is left for them, guidelines to open.",
  permission: "articles.read",
  responses: { 200: "Assigned, in progress, recently submitted, quota, what is left, guidelines to open" },
});
