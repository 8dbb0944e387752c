import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";

export const GET = route(ops.getClaimEvidence, async ({ db, actor, params }) =>
  listEvidence({ db, actor, claimId: params.id ?? "" }),
);

export const POST = route(ops.createEvidence, async ({ db, actor, params, body }) => {
  const link = await createEvidence({ db, actor, claimId: params.id ?? "", input: body });
  return json(link, 201, { Location: `/api/evidence/${link.id}` });
});
