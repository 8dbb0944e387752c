import { route } from "@/lib/http/route";
import { SubmitClaimInput } from "@/lib/review/schema";
import { submitClaim } from "@/lib/review/submit-claim";

/**
 * Sends a draft or changes-requested claim to review: `{ version }` → `{ claim }` (status
 * "submitted", version + 1). 403 unless the author or an admin; 409 with `current` when stale or
 * not submittable.
 */
export const POST = route({ permission: "claims.write", body: SubmitClaimInput }, async ({ db, actor, params, body }) =>
  submitClaim({ db, actor, id: params.id ?? "", version: body.version }),
);
