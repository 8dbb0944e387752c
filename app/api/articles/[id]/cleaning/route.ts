import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { listRemovedBlocks } from "@/lib/articles/cleaning/list-removed-blocks";

export const GET = route(ops.getArticleCleaning, async ({ db, params }) =>
  listRemovedBlocks({ db, articleId: params.id ?? "" }),
);
