/**
 * A page title without the site's name tacked on: "Floods close the harbour | The Daily Ledger"
 * → "Floods close the harbour". A suffix after " | ", " :: " or " · " that reads like a name
 * (at most six words, no sentence punctuation) goes; after a dash, only the publisher's own
 * name does, since dashes also join parts of real headlines ("Syria – the talks resume").
 */
const SEPARATOR = / (\||::|·|–|—|-) /g;
const MAX_SUFFIX_WORDS = 6;

const same = (a: string, b: string) =>
  a.toLowerCase().replace(/^the\s+/, "") === b.toLowerCase().replace(/^the\s+/, "");

export function withoutSiteSuffix(raw: string, publishers: readonly (string | null | undefined)[]): string {
  const title = raw.replace(/\s+/g, " ").trim();
  const known = publishers.filter((p): p is string => !!p?.trim()).map((p) => p.trim());
  let at = -1;
  let sep = "";
  for (const m of title.matchAll(SEPARATOR)) {
    at = m.index;
    sep = m[1] ?? "";
  }
  if (at <= 0) return raw;
  const head = title.slice(0, at).trim();
  const tail = title.slice(at + sep.length + 2).trim();
  if (!head || !tail || head.split(" ").length < 2) return raw;
  const named = known.some((k) => same(k, tail));
  const looksLikeName =
    ["|", "::", "·"].includes(sep) && tail.split(" ").length <= MAX_SUFFIX_WORDS && !/[.!?,;]/.test(tail);
  return named || looksLikeName ? withoutSiteSuffix(head, known) : raw;
}
