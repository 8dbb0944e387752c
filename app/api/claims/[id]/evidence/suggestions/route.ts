import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { listEvidenceSuggestions } from "@/lib/evidence/list-evidence-suggestions";

export const GET = route(ops.getEvidenceSuggestions, async ({ db, actor, params }) =>
  listEvidenceSuggestions({ db, actor, claimId: params.id ?? "" }),
);
