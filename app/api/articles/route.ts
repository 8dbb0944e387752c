import { route, json } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { CreateArticleInput, ListArticlesQuery } from "@/lib/articles/schema";
import { listArticles } from "@/lib/articles/list-articles";
import { createArticle } from "@/lib/articles/create-article";
import { z } from "zod";

export const GET = route({ permission: "articles.read", query: ListArticlesQuery }, async ({ db, query }) =>
  listArticles({ db, query, provider: databaseProvider() }),
);

const CreateQuery = z.object({ force: z.enum(["true", "false", "1", "0"], { message: "must be true or false" }).optional() });

/** 201 with the new article; 200 with the existing one when the same text is already stored (`?force=true` stores a copy). */
export const POST = route(
  { permission: "articles.write", body: CreateArticleInput, query: CreateQuery },
  async ({ db, actor, body, query }) => {
    const force = query.force === "true" || query.force === "1";
    const { article, created } = await createArticle({ db, actor, input: body, force });
    return json({ ...article, duplicateOf: created ? undefined : article.id }, created ? 201 : 200, created ? { Location: `/api/articles/${article.id}` } : undefined);
  },
);
