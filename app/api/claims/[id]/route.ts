import { route } from "@/lib/http/route";
import { DeleteClaimQuery, UpdateClaimInput } from "@/lib/claims/schema";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";

/** The claim with its article's id, title, date and publisher; 404 unless the caller may see it (blind). */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  getClaim({ db, actor, id: params.id ?? "" }),
);

/** Edits a draft: any subset of attributes, `null` clears one, `version` required (409 with `current` when stale). */
export const PATCH = route(
  { permission: "claims.write", body: UpdateClaimInput },
  async ({ db, actor, params, body }) => updateClaim({ db, actor, id: params.id ?? "", input: body }),
);

/** Deletes a draft; `?version=` makes it conditional. */
export const DELETE = route(
  { permission: "claims.write", query: DeleteClaimQuery },
  async ({ db, actor, params, query }) => deleteClaim({ db, actor, id: params.id ?? "", version: query.version }),
);
