import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/clusters";
import { removeClusterClaim } from "@/lib/evidence/remove-cluster-claim";

export const DELETE = route(ops.removeClusterClaim, async ({ db, actor, params }) =>
  removeClusterClaim({ db, actor, clusterId: params.id ?? "", claimId: params.claimId ?? "" }),
);
