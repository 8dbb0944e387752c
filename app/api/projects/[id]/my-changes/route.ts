import { route } from "@/lib/http/route";
import { listMyChanges, MyChangesQuery } from "@/lib/adjudication/list-my-changes";

/** What adjudication changed in the caller's work in this project, and their agreement with gold over time. */
export const GET = route({ permission: "articles.read", query: MyChangesQuery }, async ({ db, actor, params, query }) =>
  listMyChanges({ db, actor, projectId: params.id ?? "", query }),
);
