import { route } from "@/lib/http/route";
import { listSuggestions } from "@/lib/claims/list-suggestions";

/** Figures the offline spotter finds in the article, minus the caller's dismissed and already-tagged spans. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listSuggestions({ db, articleId: params.id ?? "", userId: actor.id }),
);
