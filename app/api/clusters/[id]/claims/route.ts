import { route, json } from "@/lib/http/route";
import { AddClusterClaimInput } from "@/lib/evidence/schema";
import { addClusterClaim } from "@/lib/evidence/add-cluster-claim";

/** `{ claimId }`: 201 when the claim joined, 200 when it was already a member, 409 when it is in another cluster. */
export const POST = route(
  { permission: "claims.write", body: AddClusterClaimInput },
  async ({ db, actor, params, body }) => {
    const result = await addClusterClaim({ db, actor, clusterId: params.id ?? "", claimId: body.claimId });
    return json(result, result.added ? 201 : 200);
  },
);
