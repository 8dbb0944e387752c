/**
 * The reader bench's data: a long news-like article and claims over it with every kind of
 * overlap the reader must draw (nested, enclosing, partial, identical, across paragraphs).
 * Deterministic for a given seed.
 */
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import { claimKinds, type ClaimKind } from "@/lib/claims/vocabulary";
import { mulberry32 } from "../random";

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ser",
  "tan",
  "vo",
  "rei",
  "dun",
  "pa",
  "gor",
  "li",
  "ne",
  "sho",
  "ba",
  "tir",
  "ul",
  "fen",
  "da",
  "rom",
  "is",
];
const COMMON = [
  "the",
  "of",
  "and",
  "to",
  "in",
  "a",
  "said",
  "that",
  "on",
  "for",
  "was",
  "with",
  "as",
  "by",
  "at",
  "people",
  "officials",
  "government",
  "city",
  "forces",
  "more than",
  "about",
  "killed",
  "wounded",
];

/** About `chars` characters of paragraphs (one per line, blank lines between), no two alike. */
export function generateArticle(seed: number, chars: number): string {
  const rng = mulberry32(seed);
  const vocab = new Set<string>();
  while (vocab.size < 4000) {
    let w = "";
    for (let i = 0, n = 2 + Math.floor(rng() * 3); i < n; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
    vocab.add(w);
  }
  const words = [...vocab];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const word = () => (rng() < 0.35 ? pick(COMMON) : pick(words));
  const sentence = () => {
    const parts = Array.from({ length: 10 + Math.floor(rng() * 18) }, word);
    if (rng() < 0.5)
      parts.splice(Math.floor(rng() * parts.length), 0, `${(Math.floor(rng() * 90_000) + 10).toLocaleString("en-US")}`);
    const s = parts.join(" ");
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const p = Array.from({ length: 2 + Math.floor(rng() * 4) }, sentence).join(" ");
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join("\n\n");
}

interface GeneratedClaim {
  start: number;
  end: number;
  kind: ClaimKind;
}

export interface ClaimMix {
  claims: GeneratedClaim[];
  nested: number;
  enclosing: number;
  partial: number;
  identical: number;
  crossParagraph: number;
}

/**
 * `count` claims on word boundaries: mostly short phrases spread over the text, plus spans
 * nested inside them, sentences enclosing them, partial overlaps, exact duplicates (two
 * annotators on one span) and a few spans across a paragraph break.
 */
export function generateClaims(text: string, count: number, seed: number): ClaimMix {
  const rng = mulberry32(seed);
  const words = [...text.matchAll(/[^\s.,]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const kind = (): ClaimKind => claimKinds[Math.floor(rng() * claimKinds.length)] as ClaimKind;
  const wordAt = (i: number) => words[Math.max(0, Math.min(words.length - 1, i))] as { start: number; end: number };
  const span = (first: number, last: number): GeneratedClaim => ({
    start: wordAt(first).start,
    end: wordAt(last).end,
    kind: kind(),
  });
  const sameParagraph = (c: GeneratedClaim) => !text.slice(c.start, c.end).includes("\n");

  const mix = {
    nested: Math.round(count * 0.08),
    enclosing: Math.round(count * 0.05),
    partial: Math.round(count * 0.04),
    identical: Math.round(count * 0.01),
    crossParagraph: 5,
  };
  const base = count - mix.nested - mix.enclosing - mix.partial - mix.identical - mix.crossParagraph;
  const claims: GeneratedClaim[] = [];
  const stride = words.length / base;
  const baseIndex: number[] = [];
  for (let i = 0; i < base; i++) {
    const first = Math.floor(i * stride + rng() * stride * 0.4);
    const c = span(first, first + 1 + Math.floor(rng() * 5));
    claims.push(sameParagraph(c) ? c : span(first, first));
    baseIndex.push(first);
  }
  const some = () => Math.floor(rng() * base);
  for (let i = 0; i < mix.nested; i++) {
    const first = baseIndex[some()] ?? 0;
    claims.push(span(first + 1, first + 1));
  }
  for (let i = 0; i < mix.enclosing; i++) {
    const first = baseIndex[some()] ?? 0;
    const c = span(first - 3, first + 10);
    claims.push(sameParagraph(c) ? c : span(first, first + 6));
  }
  for (let i = 0; i < mix.partial; i++) {
    const first = baseIndex[some()] ?? 0;
    claims.push(span(first + 2, first + 9));
  }
  for (let i = 0; i < mix.identical; i++) {
    const c = claims[some()] as GeneratedClaim;
    claims.push({ ...c, kind: kind() });
  }
  const paragraphs = splitParagraphs(text);
  for (let i = 0; i < mix.crossParagraph; i++) {
    const p = paragraphs[1 + Math.floor(rng() * (paragraphs.length - 2))];
    const next = p ? paragraphs[paragraphs.indexOf(p) + 1] : undefined;
    if (p && next)
      claims.push({ start: Math.max(p.start, p.end - 25), end: Math.min(next.end, next.start + 25), kind: kind() });
  }
  return { claims, ...mix };
}
