import { route } from "@/lib/http/route";
import { closeAdjudication } from "@/lib/adjudication/close-adjudication";
import { CloseInput } from "@/lib/adjudication/schema";

/** Closes the adjudication once every unit is decided: the article is adjudicated and its gold claims go to review. */
export const POST = route({ permission: "articles.read", body: CloseInput }, async ({ db, actor, params, body }) =>
  closeAdjudication({
    db,
    actor,
    projectId: params.id ?? "",
    articleId: params.articleId ?? "",
    version: body.version,
  }),
);
