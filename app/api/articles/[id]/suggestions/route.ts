import { route } from "@/lib/http/route";
import { listSuggestions } from "@/lib/claims/list-suggestions";

/** Figures the offline spotter finds in the article, minus dismissed and already-tagged spans. */
export const GET = route({ permission: "articles.read" }, async ({ db, params }) =>
  listSuggestions({ db, articleId: params.id ?? "" }),
);
