import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { claimSelect } from "@/lib/claims/schema";

/** Characters of article text shown on each side of the claim on its page. */
const EXCERPT_CONTEXT = 280;

/** Cuts `text` to about `max` characters at a word boundary on the side away from the claim. */
function trimContext(text: string, max: number, side: "before" | "after"): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  if (side === "before") {
    const slice = text.slice(text.length - max);
    const space = slice.search(/\s/);
    return { text: space >= 0 && space < max * 0.3 ? slice.slice(space + 1) : slice, cut: true };
  }
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(" ");
  return { text: space > max * 0.7 ? slice.slice(0, space) : slice, cut: true };
}

/**
 * One claim for its own page: its attributes, its article (with date and URL), its cluster, and
 * an excerpt of the article around it. The excerpt is cut from the canonical text while the
 * claim is anchored there; an orphaned claim (text changed, quote not found) shows the quote
 * with the context it stored, so the page never shows a highlight on the wrong words. 404
 * unless the caller may see the claim (blind: another annotator's is not found).
 */
export async function getClaimContext({ db, actor, id }: { db: Db; actor: Pick<Actor, "id" | "role">; id: string }) {
  await visibleClaim({ db, actor, claimId: id });
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      ...claimSelect,
      authorId: true,
      anchorStatus: true,
      submittedAt: true,
      approvedAt: true,
      cluster: { select: { id: true, name: true } },
      article: {
        select: { id: true, title: true, publisher: true, author: true, url: true, publishedAt: true, text: true },
      },
    },
  });
  if (!claim) throw AppError.notFound(`Claim ${id}`);
  const { article, ...rest } = claim;
  const { text, ...articleSummary } = article;
  const anchored = claim.anchorStatus === "anchored" && text.slice(claim.start, claim.end) === claim.exact;
  const before = trimContext(anchored ? text.slice(0, claim.start) : claim.prefix, EXCERPT_CONTEXT, "before");
  const after = trimContext(anchored ? text.slice(claim.end) : claim.suffix, EXCERPT_CONTEXT, "after");
  return {
    ...rest,
    article: articleSummary,
    excerpt: {
      before: before.text,
      exact: claim.exact,
      after: after.text,
      cutBefore: before.cut || !anchored,
      cutAfter: after.cut || !anchored,
      anchored,
    },
  };
}
export type ClaimContext = Awaited<ReturnType<typeof getClaimContext>>;
