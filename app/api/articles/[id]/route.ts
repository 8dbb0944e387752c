import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { getArticle } from "@/lib/articles/get-article";
import { can } from "@/lib/auth/permissions";

export const GET = route(ops.getArticle, async ({ db, actor, params, query }) =>
  getArticle({ db, id: params.id ?? "", withRaw: query.raw === "true", withEmails: can(actor, "users.manage") }),
);
