import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { restoreBlock } from "@/lib/articles/cleaning/restore-block";

export const POST = route(ops.restoreArticleBlock, async ({ db, actor, params, body }) =>
  restoreBlock({ db, actor, articleId: params.id ?? "", index: body.index, version: body.version }),
);
