import { route } from "@/lib/http/route";
import { listRemovedBlocks } from "@/lib/articles/cleaning/list-removed-blocks";

/** "Removed by cleaning": `{ articleId, version, rawFormat, removed: [{ index, text, reason }] }` (texts are plain text). */
export const GET = route({ permission: "articles.read" }, async ({ db, params }) =>
  listRemovedBlocks({ db, articleId: params.id ?? "" }),
);
