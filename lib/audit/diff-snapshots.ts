/**
 * Which fields differ between two snapshots of a record: what the history timeline lists for
 * an edit, and what the review queue names when a claim changed under a reviewer.
 */

/** Bookkeeping columns that change with every write; listing them would say nothing. */
const BOOKKEEPING_FIELDS: readonly string[] = ["version", "updatedAt"];

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Dates arrive as Date objects from the database and as ISO strings from JSON.
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  return JSON.stringify(norm(a) ?? null) === JSON.stringify(norm(b) ?? null);
}

/** Keys whose values differ (a key missing on one side counts as null), in a stable order. */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  ignore: readonly string[] = BOOKKEEPING_FIELDS,
): string[] {
  const a = before ?? {};
  const b = after ?? {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !ignore.includes(k) && !same(a[k], b[k])).sort();
}
