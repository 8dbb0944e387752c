import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { deleteEvidence } from "@/lib/evidence/delete-evidence";

export const DELETE = route(ops.deleteEvidence, async ({ db, actor, params }) =>
  deleteEvidence({ db, actor, id: params.id ?? "" }),
);
