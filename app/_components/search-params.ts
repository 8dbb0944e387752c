/** What a page receives as `searchParams` (a Promise since Next 15). */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter: `?q=a&q=b` is read as "a". */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
