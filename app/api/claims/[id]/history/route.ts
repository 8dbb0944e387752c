import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { getClaimHistory } from "@/lib/audit/get-claim-history";

export const GET = route(ops.getClaimHistory, async ({ db, actor, params }) =>
  getClaimHistory({ db, actor, claimId: params.id ?? "" }),
);
