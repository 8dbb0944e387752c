import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { databaseProvider } from "@/lib/db/client";
import { isForced } from "@/lib/articles/schema";
import { listArticles } from "@/lib/articles/list-articles";
import { createArticle } from "@/lib/articles/create-article";
import { importTarget } from "@/lib/projects/import-target";

export const GET = route(ops.getArticles, async ({ db, query }) =>
  listArticles({ db, query, provider: databaseProvider() }),
);

export const POST = route(ops.createArticle, async ({ db, actor, body, query }) => {
  const project = await importTarget({ db, actor, projectId: query.projectId });
  const outcome = await createArticle({ db, actor, input: body, force: isForced(query), projectId: project?.id });
  // Named with a project: the one the article, new or found, was added to.
  const into = project ? { project } : {};
  if (!outcome.created) {
    const { article, duplicateOf, reason, similarity } = outcome;
    return json({ ...article, duplicateOf, reason, ...(similarity !== undefined ? { similarity } : {}), ...into }, 200);
  }
  const { article, nearDuplicate } = outcome;
  return json({ ...article, ...(nearDuplicate ? { nearDuplicate } : {}), ...into }, 201, {
    Location: `/api/articles/${article.id}`,
  });
});
