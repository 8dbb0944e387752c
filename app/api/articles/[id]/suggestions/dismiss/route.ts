import { route } from "@/lib/http/route";
import { SpanInput } from "@/lib/claims/schema";
import { dismissSuggestion } from "@/lib/claims/dismiss-suggestion";

/** Hides a suggestion `{ start, end, exact }` on this article; idempotent. */
export const POST = route({ permission: "claims.write", body: SpanInput }, async ({ db, actor, params, body }) =>
  dismissSuggestion({ db, actor, articleId: params.id ?? "", span: body }),
);
