import { CreateEvidenceInput } from "@/lib/evidence/schema";
import { ReopenClaimInput, ReviewClaimInput, SubmitClaimInput } from "@/lib/review/schema";
import { DeleteClaimQuery, ListClaimsQuery, UpdateClaimInput } from "@/lib/claims/schema";
import { MergeClaimInput } from "@/lib/claims/merge-claims";
import { operation } from "../operation";

export const getClaimEvidence = operation({
  method: "GET",
  path: "/api/claims/{id}/evidence",
  tag: "Claims",
  summary: "A claim's evidence links",
  description:
    "Both directions of a claim's evidence: `{ outgoing: [...], incoming: [...] }`. Each link has `direction`, `stance`, `note`, `createdBy`, and either `linkedClaim` (the claim at the other end) or the external source's `url`, `title`, `publisher`, `publishedAt`, `quote`, `accessedAt`.",
  permission: "articles.read",
  responses: { 200: "`{ outgoing, incoming }`" },
});

export const createEvidence = operation({
  method: "POST",
  path: "/api/claims/{id}/evidence",
  tag: "Claims",
  summary: "Link evidence to a claim",
  description:
    "201 with the new link: `{ targetClaimId, stance, note? }` links another claim, `{ url, title?, publisher?, publishedAt?, quote?, accessedAt?, stance, note? }` an external source (`accessedAt` defaults to today). 409 for a link that already exists in either direction.",
  permission: "claims.write",
  body: CreateEvidenceInput,
  responses: { 201: "The new link (`Location` names it)", 409: "The link already exists in either direction" },
  example: {
    body: {
      url: "https://stats.example.org/floods-2026",
      title: "Flood statistics 2026",
      publisher: "Example Statistics Office",
      stance: "supports",
      note: "Table 2",
    },
  },
});

export const getEvidenceSuggestions = operation({
  method: "GET",
  path: "/api/claims/{id}/evidence/suggestions",
  tag: "Claims",
  summary: "Claims that may be evidence for a claim",
  description: "`{ items: [{ claim, score, reasons }] }`: claims that may be evidence for this one, best first.",
  permission: "articles.read",
  responses: { 200: "`{ items: [{ claim, score, reasons }] }`, best first" },
});

export const getClaimHistory = operation({
  method: "GET",
  path: "/api/claims/{id}/history",
  tag: "Claims",
  summary: "A claim's audit timeline",
  description:
    "The claim's audit timeline, oldest first: `{ claimId, exists, items: [{ id, action, actor, before, after, changes, createdAt }] }`. Read-only: there is no way to change the trail.",
  permission: "articles.read",
  responses: { 200: "`{ claimId, exists, items }`, oldest first" },
});

export const reopenClaim = operation({
  method: "POST",
  path: "/api/claims/{id}/reopen",
  tag: "Claims",
  summary: "Reopen a decided claim",
  description:
    'Unlocks an approved or rejected claim: `{ reason, version }` → `{ claim }` with status "changes_requested" (back to its author, then a new submit and approval). 409 with `current` when stale or not decided.',
  permission: "claims.review",
  body: ReopenClaimInput,
  responses: {
    200: "`{ claim }` with status changes_requested",
    409: "Stale `version` or not decided (`current` holds the claim)",
  },
  example: { body: { reason: "The figure is the estimate, not the count.", version: 3 } },
});

export const reviewClaim = operation({
  method: "POST",
  path: "/api/claims/{id}/review",
  tag: "Claims",
  summary: "Approve, reject or send back a claim",
  description:
    'A reviewer\'s decision: `{ decision: "approve" | "reject" | "request_changes", comment?, version }` → `{ claim, decision }`. 403 for the claim\'s own author (four eyes), 422 without a comment on reject / request_changes, 409 with `current` when someone decided first or it changed.',
  permission: "claims.review",
  body: ReviewClaimInput,
  responses: { 200: "`{ claim, decision }`", 409: "Someone decided first or the claim changed (`current` holds it)" },
  example: { body: { decision: "approve", version: 2 } },
});

export const getClaimReviews = operation({
  method: "GET",
  path: "/api/claims/{id}/reviews",
  tag: "Claims",
  summary: "A claim's review rounds",
  description:
    'The claim\'s review rounds, oldest first: `{ claimId, items: [{ type: "submitted" | "decided" | "reopened", at, by, decision?, comment? }] }`. A claim the caller may not see is a 404.',
  permission: "articles.read",
  responses: { 200: "`{ claimId, items }`, oldest first" },
});

export const getClaim = operation({
  method: "GET",
  path: "/api/claims/{id}",
  tag: "Claims",
  summary: "Read a claim",
  description: "The claim with its article's id, title, date and publisher; 404 unless the caller may see it (blind).",
  permission: "articles.read",
  responses: { 200: "The claim with its article's id, title, date and publisher" },
});

export const updateClaim = operation({
  method: "PATCH",
  path: "/api/claims/{id}",
  tag: "Claims",
  summary: "Edit a draft claim",
  description:
    "Edits a draft: any subset of attributes, `null` clears one, `version` required (409 with `current` when stale). " +
    "A reviewer of the project may also send `statement` alone for another's submitted claim (the review queue's edit): it stays submitted.",
  permission: "claims.write",
  body: UpdateClaimInput,
  responses: { 200: "The claim, `version` + 1", 409: "`version` is stale (`current` holds the claim)" },
  example: { body: { value: 12500, note: "Updated figure", version: 1 } },
});

export const deleteClaim = operation({
  method: "DELETE",
  path: "/api/claims/{id}",
  tag: "Claims",
  summary: "Delete a draft claim",
  description: "Deletes a draft; `?version=` makes it conditional.",
  permission: "claims.write",
  query: DeleteClaimQuery,
  responses: { 200: "The deleted claim's id", 409: "`version` is stale or the claim is no longer a draft" },
  example: { query: { version: 1 } },
});

export const submitClaim = operation({
  method: "POST",
  path: "/api/claims/{id}/submit",
  tag: "Claims",
  summary: "Send a claim to review",
  description:
    'Sends a draft or changes-requested claim to review: `{ version }` → `{ claim }` (status "submitted", version + 1). 403 unless the author or an admin; 409 with `current` when stale or not submittable.',
  permission: "claims.write",
  body: SubmitClaimInput,
  responses: {
    200: "`{ claim }` with status submitted",
    409: "Stale `version` or not submittable (`current` holds the claim)",
  },
  example: { body: { version: 1 } },
});

export const mergeClaims = operation({
  method: "POST",
  path: "/api/claims/{id}/merge",
  tag: "Claims",
  summary: "Merge a duplicate into a claim",
  description:
    "Folds `duplicateId` (the same author's claim on exactly the same span, same article and project) into claim `id`, then deletes it: each field group the kept claim leaves empty and the duplicate fills moves (figure and attribution only between claims of one kind), and the duplicate's evidence links both ways move unless the kept claim already has that link. `{ duplicateId, version, duplicateVersion }` → `{ claim, merged, moved: { fields, evidence }, kept: { fields, evidence } }` (`kept` lists what stayed the kept claim's: conflicting field groups, links it already had). The claims' author or a manager of their project; both draft or changes requested.",
  permission: "claims.write",
  body: MergeClaimInput,
  responses: {
    200: "`{ claim, merged, moved, kept }`",
    409: "A stale version, or a claim no longer editable (`current` holds it)",
  },
  example: { body: { duplicateId: "cm0duplicate00000000000000", version: 1, duplicateVersion: 1 } },
});

export const getClaims = operation({
  method: "GET",
  path: "/api/claims",
  tag: "Claims",
  summary: "List and filter claims",
  description:
    "One page of the claims table; filters, search and sort are query parameters. The claims of one project (`projectId`, else the Default project) that the caller may see there.",
  permission: "articles.read",
  query: ListClaimsQuery,
  responses: { 200: "`{ items, page, pageSize, total, pages }`" },
  example: { query: { status: "approved", sort: "-created", page: 1 } },
});

export const deleteEvidence = operation({
  method: "DELETE",
  path: "/api/evidence/{id}",
  tag: "Claims",
  summary: "Delete an evidence link",
  description: "Deletes a link: its creator or an admin (403 otherwise).",
  permission: "claims.write",
  responses: { 200: "The deleted link's id" },
});

export const undoDecision = operation({
  method: "POST",
  path: "/api/claims/{id}/review/undo",
  tag: "Claims",
  summary: "Take back your decision",
  description:
    'Takes back the caller\'s last decision on a claim within 15 s of making it: `{ version }` (the version the decision answered with) → `{ claim }`, "submitted" again; the decision leaves the review rounds, the audit trail keeps both. 403 for another reviewer; 409 with `current` when the claim changed, has no decision, or the moment has passed (reopen instead).',
  permission: "claims.review",
  body: SubmitClaimInput,
  responses: {
    200: "`{ claim }` with status submitted",
    409: "Changed, no decision, or too late (`current` holds the claim)",
  },
  example: { body: { version: 3 } },
});
