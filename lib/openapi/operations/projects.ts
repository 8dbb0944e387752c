import {
  AddArticlesInput,
  AddMemberInput,
  CreateProjectInput,
  ProjectArticlesQuery,
  ProjectSchemaInput,
  UpdateMemberInput,
  UpdateProjectInput,
} from "@/lib/projects/schema";
import { z } from "zod";
import { operation } from "../operation";

const ListProjectsQuery = z.object({
  archived: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
});

export const removeProjectArticle = operation({
  method: "DELETE",
  path: "/api/projects/{id}/articles/{articleId}",
  tag: "Projects",
  summary: "Take an article out of a project",
  description:
    "Takes the article out of the project (managers); it stays in the library. With claims or assignments there → 409.",
  permission: "articles.read",
  responses: { 200: "The removal", 409: "The article has claims or assignments in the project" },
});

export const getProjectArticles = operation({
  method: "GET",
  path: "/api/projects/{id}/articles",
  tag: "Projects",
  summary: "A project's articles with progress",
  description:
    "One page of the project's articles with their progress: `?page=&pageSize=&state=open|full|annotated|adjudicated`.",
  permission: "articles.read",
  query: ProjectArticlesQuery,
  responses: { 200: "`{ items, page, pageSize, total }`" },
  example: { query: { state: "open", page: 1 } },
});

export const addProjectArticles = operation({
  method: "POST",
  path: "/api/projects/{id}/articles",
  tag: "Projects",
  summary: "Add library articles to a project",
  description:
    "Adds library articles (managers): `{ articleIds }` or `{ q }` (every article a search finds) → `{ added, skipped, matched }`.",
  permission: "articles.read",
  body: AddArticlesInput,
  responses: { 200: "`{ added, skipped, matched }`" },
  example: { body: { articleIds: ["example-article-id"] } },
});

export const updateProjectMember = operation({
  method: "PATCH",
  path: "/api/projects/{id}/members/{userId}",
  tag: "Projects",
  summary: "Change a member's role or quota",
  description: "Changes a member's role or quota (managers) with `version`.",
  permission: "articles.read",
  body: UpdateMemberInput,
  responses: { 200: "The member", 409: "`version` is stale, or the last manager would go" },
  example: { body: { role: "reviewer", version: 1 } },
});

export const removeProjectMember = operation({
  method: "DELETE",
  path: "/api/projects/{id}/members/{userId}",
  tag: "Projects",
  summary: "Remove a member",
  description: "Removes a member (managers); one holding open assignments, or the last manager → 409.",
  permission: "articles.read",
  responses: { 200: "The removal", 409: "The member holds open assignments, or is the last manager" },
});

export const getProjectMembers = operation({
  method: "GET",
  path: "/api/projects/{id}/members",
  tag: "Projects",
  summary: "List a project's members",
  description: "`{ items: [{ user, role, quota, activeAssignments, guidelinesSeen, version }] }` by name.",
  permission: "articles.read",
  responses: { 200: "`{ items }` by name" },
});

export const addProjectMember = operation({
  method: "POST",
  path: "/api/projects/{id}/members",
  tag: "Projects",
  summary: "Add a member",
  description: "Adds a member (managers): `{ userId | email, role, quota? }` → 201; already a member → 409.",
  permission: "articles.read",
  body: AddMemberInput,
  responses: { 201: "The new member", 409: "Already a member" },
  example: { body: { email: "annotator@example.org", role: "annotator" } },
});

export const getProject = operation({
  method: "GET",
  path: "/api/projects/{id}",
  tag: "Projects",
  summary: "Read a project",
  description: "The project: settings, claim schema, newest guidelines version, counts and the caller's role.",
  permission: "articles.read",
  responses: { 200: "Settings, claim schema, newest guidelines version, counts and your role" },
});

export const updateProject = operation({
  method: "PATCH",
  path: "/api/projects/{id}",
  tag: "Projects",
  summary: "Change a project's settings",
  description:
    "Changes name, description, licence or workflow settings (managers) with `version`; stale → 409 with `current`.",
  permission: "articles.read",
  body: UpdateProjectInput,
  responses: { 200: "The project", 409: "`version` is stale (`current` holds the project)" },
  example: { body: { description: "Casualty and damage figures in flood reporting", version: 1 } },
});

export const replaceProjectSchema = operation({
  method: "PUT",
  path: "/api/projects/{id}/schema",
  tag: "Projects",
  summary: "Replace a project's claim schema",
  description:
    "Replaces the claim schema (managers): `{ kinds: [{ id?, key, label, colour, shortcut, definition, examples, attributes }], verdictLabels: [{ key, label }], version }`. A kind with its `id` and a new key is renamed (its claims follow); removing a kind or verdict that claims use → 409 with the count.",
  permission: "articles.read",
  body: ProjectSchemaInput,
  responses: {
    200: "The project with its new schema",
    409: "A kind or verdict left out is in use (`claimCount`), or `version` is stale",
  },
  example: {
    body: {
      kinds: [
        {
          key: "quantity",
          label: "Quantity",
          colour: "#1f77b4",
          shortcut: 1,
          definition: "A number of things",
          examples: ["12,000 homes"],
          attributes: { value: "required", unit: "optional" },
        },
      ],
      verdictLabels: [
        { key: "supported", label: "Supported" },
        { key: "refuted", label: "Refuted" },
      ],
      version: 1,
    },
  },
});

export const getProjects = operation({
  method: "GET",
  path: "/api/projects",
  tag: "Projects",
  summary: "List your projects",
  description:
    "The projects the caller can see, by name, with their role in each (`?archived=true` adds archived ones).",
  permission: "articles.read",
  query: ListProjectsQuery,
  responses: { 200: "`{ items }` by name, with `yourRole`" },
  example: { query: { archived: "false" } },
});

export const createProject = operation({
  method: "POST",
  path: "/api/projects",
  tag: "Projects",
  summary: "Create a project",
  description: "201 with the new project; its creator is its manager. 409 when the name is taken.",
  permission: "projects.create",
  body: CreateProjectInput,
  responses: { 201: "The new project (`Location` names it); you are its manager", 409: "The name is taken" },
  example: {
    body: {
      name: "Flood reporting 2026",
      description: "Figures in flood coverage",
      annotatorsPerArticle: 2,
      blind: true,
    },
  },
});
