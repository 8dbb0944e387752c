import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/clusters";
import { addClusterClaim } from "@/lib/evidence/add-cluster-claim";

export const POST = route(ops.addClusterClaim, async ({ db, actor, params, body }) => {
  const result = await addClusterClaim({ db, actor, clusterId: params.id ?? "", claimId: body.claimId });
  return json(result, result.added ? 201 : 200);
});
