import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";

export const GET = route(ops.getClaim, async ({ db, actor, params }) => getClaim({ db, actor, id: params.id ?? "" }));

export const PATCH = route(ops.updateClaim, async ({ db, actor, params, body }) =>
  updateClaim({ db, actor, id: params.id ?? "", input: body }),
);

export const DELETE = route(ops.deleteClaim, async ({ db, actor, params, query }) =>
  deleteClaim({ db, actor, id: params.id ?? "", version: query.version }),
);
