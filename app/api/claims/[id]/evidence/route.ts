import { route, json } from "@/lib/http/route";
import { CreateEvidenceInput } from "@/lib/evidence/schema";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";

/**
 * Both directions of a claim's evidence: `{ outgoing: [...], incoming: [...] }`. Each link has
 * `direction`, `stance`, `note`, `createdBy`, and either `linkedClaim` (the claim at the other
 * end) or the external source's `url`, `title`, `publisher`, `publishedAt`, `quote`, `accessedAt`.
 */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listEvidence({ db, actor, claimId: params.id ?? "" }),
);

/**
 * 201 with the new link: `{ targetClaimId, stance, note? }` links another claim,
 * `{ url, title?, publisher?, publishedAt?, quote?, accessedAt?, stance, note? }` an external
 * source (`accessedAt` defaults to today). 409 for a link that already exists in either direction.
 */
export const POST = route(
  { permission: "claims.write", body: CreateEvidenceInput },
  async ({ db, actor, params, body }) => {
    const link = await createEvidence({ db, actor, claimId: params.id ?? "", input: body });
    return json(link, 201, { Location: `/api/evidence/${link.id}` });
  },
);
