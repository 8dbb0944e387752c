import { route } from "@/lib/http/route";
import { PrefillQuery } from "@/lib/claims/schema";
import { prefillSelection } from "@/lib/claims/prefill-selection";

/** Snaps `?start=&end=` to whole words and reads figure defaults for the tagging popover. */
export const GET = route({ permission: "articles.read", query: PrefillQuery }, async ({ db, params, query }) =>
  prefillSelection({ db, articleId: params.id ?? "", start: query.start, end: query.end }),
);
