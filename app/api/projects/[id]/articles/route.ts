import { route } from "@/lib/http/route";
import { AddArticlesInput, ProjectArticlesQuery } from "@/lib/projects/schema";
import { addProjectArticles } from "@/lib/projects/add-project-articles";
import { listProjectArticles } from "@/lib/projects/list-project-articles";

/** One page of the project's articles with their progress: `?page=&pageSize=&state=open|full|annotated|adjudicated`. */
export const GET = route(
  { permission: "articles.read", query: ProjectArticlesQuery },
  async ({ db, actor, params, query }) => listProjectArticles({ db, actor, projectId: params.id ?? "", ...query }),
);

/** Adds library articles (managers): `{ articleIds }` or `{ q }` (every article a search finds) → `{ added, skipped, matched }`. */
export const POST = route(
  { permission: "articles.read", body: AddArticlesInput },
  async ({ db, actor, params, body }) => addProjectArticles({ db, actor, projectId: params.id ?? "", input: body }),
);
