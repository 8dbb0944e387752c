const enc = encodeURIComponent;

/** Where a claim sits in its article (the reader scrolls to and highlights it). */
export function claimInArticleHref(claim: { id: string; articleId: string }): string {
  return `/articles/${enc(claim.articleId)}#claim-${enc(claim.id)}`;
}

/** The claim's own page. */
export function claimHref(claim: { id: string }): string {
  return `/claims/${enc(claim.id)}`;
}
