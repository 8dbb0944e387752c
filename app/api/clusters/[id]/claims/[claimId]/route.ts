import { route } from "@/lib/http/route";
import { removeClusterClaim } from "@/lib/evidence/remove-cluster-claim";

/** Takes the claim out of the cluster (404 when it is not in it). */
export const DELETE = route({ permission: "claims.write" }, async ({ db, actor, params }) =>
  removeClusterClaim({ db, actor, clusterId: params.id ?? "", claimId: params.claimId ?? "" }),
);
