import { route } from "@/lib/http/route";
import { submitArticleClaims } from "@/lib/review/submit-article-claims";

/**
 * Submits all of the caller's drafts and changes-requested claims on this article in one
 * transaction: `{ articleId, submitted, skipped, claims: [{ id, version, status }] }`.
 */
export const POST = route({ permission: "claims.write" }, async ({ db, actor, params }) =>
  submitArticleClaims({ db, actor, articleId: params.id ?? "" }),
);
