/**
 * A page title without the site's name tacked on: "Floods close the harbour | The Daily Ledger"
 * → "Floods close the harbour". A suffix after " | ", " :: " or " · " that reads like a name
 * (at most six words, no sentence punctuation) goes; after a dash, only the publisher's own
 * name does, since dashes also join parts of real headlines ("Syria – the talks resume").
 */
const SEPARATOR = /\s+(\||::|·|–|—|-)\s+/g;
const MAX_SUFFIX_WORDS = 6;

const same = (a: string, b: string) =>
  a.toLowerCase().replace(/^the\s+/, "") === b.toLowerCase().replace(/^the\s+/, "");

export function withoutSiteSuffix(title: string, publishers: readonly (string | null | undefined)[]): string {
  const known = publishers.filter((p): p is string => !!p?.trim()).map((p) => p.trim());
  let at = -1;
  let sep = "";
  for (const m of title.matchAll(SEPARATOR)) {
    at = m.index;
    sep = m[1] ?? "";
  }
  if (at <= 0) return title;
  const head = title.slice(0, at).trim();
  const tail = title
    .slice(at)
    .replace(/^\s+\S+\s+/, "")
    .trim();
  if (!head || !tail || head.split(/\s+/).length < 2) return title;
  const named = known.some((k) => same(k, tail));
  const looksLikeName =
    ["|", "::", "·"].includes(sep) && tail.split(/\s+/).length <= MAX_SUFFIX_WORDS && !/[.!?,;]/.test(tail);
  return named || looksLikeName ? withoutSiteSuffix(head, known) : title;
}
