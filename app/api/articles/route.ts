import { route, json } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { CreateArticleInput, ImportQuery, isForced, ListArticlesQuery } from "@/lib/articles/schema";
import { listArticles } from "@/lib/articles/list-articles";
import { createArticle } from "@/lib/articles/create-article";
import { maxImportBytes } from "@/lib/articles/import/limits";
import { importTarget } from "@/lib/projects/import-target";

export const GET = route({ permission: "articles.read", query: ListArticlesQuery }, async ({ db, query }) =>
  listArticles({ db, query, provider: databaseProvider() }),
);

/** JSON escaping can make a body somewhat larger than the document it carries. */
const JSON_OVERHEAD = 64 * 1024;

/**
 * Imports one article given as `text` or `html`. 201 with the new article (its
 * `nearDuplicateOfId`, and `nearDuplicate: { id, similarity }`, when it resembles an earlier
 * one); 200 with the existing article plus `duplicateOf` and `reason` ("url" | "hash" |
 * "near-duplicate") when it is already stored. `?force=true` stores a copy anyway.
 * `?projectId=` (a project the caller manages, else 404/403) includes the article, new or found,
 * in that project in the same transaction; without it, the Default project as before.
 */
export const POST = route(
  {
    permission: "articles.write",
    body: CreateArticleInput,
    query: ImportQuery,
    bodyLimit: maxImportBytes() + JSON_OVERHEAD,
  },
  async ({ db, actor, body, query }) => {
    const projectId = await importTarget({ db, actor, projectId: query.projectId });
    const outcome = await createArticle({ db, actor, input: body, force: isForced(query), projectId });
    if (!outcome.created) {
      const { article, duplicateOf, reason, similarity } = outcome;
      return json({ ...article, duplicateOf, reason, ...(similarity !== undefined ? { similarity } : {}) }, 200);
    }
    const { article, nearDuplicate } = outcome;
    return json({ ...article, ...(nearDuplicate ? { nearDuplicate } : {}) }, 201, {
      Location: `/api/articles/${article.id}`,
    });
  },
);
