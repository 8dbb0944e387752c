/**
 * The most assignments (not returned) one annotator may hold in a project: the member's own
 * quota, else the project's count, else its share of the project's articles (rounded up);
 * null for no limit.
 */
export function quotaLimit({
  memberQuota,
  quotaCount,
  quotaShare,
  articleCount,
}: {
  memberQuota: number | null;
  quotaCount: number | null;
  quotaShare: number | null;
  articleCount: number;
}): number | null {
  if (memberQuota !== null) return memberQuota;
  if (quotaCount !== null) return quotaCount;
  if (quotaShare !== null) return Math.ceil(quotaShare * articleCount - 1e-9);
  return null;
}
