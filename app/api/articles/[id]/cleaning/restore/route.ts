import { route } from "@/lib/http/route";
import { RestoreBlockInput } from "@/lib/articles/schema";
import { restoreBlock } from "@/lib/articles/cleaning/restore-block";

/**
 * Puts removed block `index` back into the text at its original position; body `{ index,
 * version }` (409 when `version` is stale). Answers `{ article, reanchored, orphans }`: the
 * article with its new text and version, how many claims moved, and the claims that could not
 * be placed (marked `anchorStatus: "orphan"`, never deleted).
 */
export const POST = route(
  { permission: "articles.write", body: RestoreBlockInput },
  async ({ db, actor, params, body }) =>
    restoreBlock({ db, actor, articleId: params.id ?? "", index: body.index, version: body.version }),
);
