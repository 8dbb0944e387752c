import { route } from "@/lib/http/route";
import { getArticle } from "@/lib/articles/get-article";
import { z } from "zod";

const Query = z.object({ raw: z.enum(["true", "false"], { message: "must be true or false" }).optional() });

export const GET = route({ permission: "articles.read", query: Query }, async ({ db, params, query }) =>
  getArticle({ db, id: params.id ?? "", withRaw: query.raw === "true" }),
);
