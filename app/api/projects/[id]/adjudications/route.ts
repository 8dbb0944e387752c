import { route } from "@/lib/http/route";
import { AdjudicationListQuery, listAdjudications } from "@/lib/adjudication/list-adjudications";

/** The adjudication queue (reviewers and managers): articles in adjudication (`state=open|done|all`), oldest first. */
export const GET = route(
  { permission: "articles.read", query: AdjudicationListQuery },
  async ({ db, actor, params, query }) => listAdjudications({ db, actor, projectId: params.id ?? "", query }),
);
