/** Builds `/articles?q=…&page=…`, leaving out defaults so URLs stay short and shareable. */
export function articlesHref({ q, page }: { q?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/articles?${query}` : "/articles";
}
