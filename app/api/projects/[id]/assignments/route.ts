import { z } from "zod";
import { route, json } from "@/lib/http/route";
import { ProjectArticlesQuery } from "@/lib/projects/schema";
import { assignmentMatrix } from "@/lib/assignments/assignment-matrix";
import { assignArticle } from "@/lib/assignments/assign-article";

const AssignInput = z.object({
  articleId: z.string({ error: "must be a string" }).min(1, "is required").max(100),
  annotatorId: z.string({ error: "must be a string" }).min(1, "is required").max(100),
});

/** The assignment matrix, one page of articles: `{ annotators, articles: [{ state, assignments: [...] }], page, total }` (reviewers and managers). */
export const GET = route(
  { permission: "articles.read", query: ProjectArticlesQuery },
  async ({ db, actor, params, query }) => assignmentMatrix({ db, actor, projectId: params.id ?? "", ...query }),
);

/** Assigns an article to an annotator (managers): `{ articleId, annotatorId }` → 201. */
export const POST = route({ permission: "articles.read", body: AssignInput }, async ({ db, actor, params, body }) =>
  json(await assignArticle({ db, actor, projectId: params.id ?? "", ...body }), 201),
);
