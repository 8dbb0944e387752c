/**
 * Loads the hand-built corpus gold set and scores a spotter against it.
 * Shared by the vitest suite and `bench/suggestions-eval.ts` so both report
 * the same numbers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readCorpusFile } from "@/lib/seed/corpus";
import { ClaimKind, Qualifier } from "../vocabulary";
import type { Suggestion } from "../suggest-claims";

const GoldFigureSchema = z.object({
  exact: z.string().min(1),
  kind: ClaimKind,
  value: z.number(),
  qualifier: Qualifier,
  valueMax: z.number().optional(),
  unit: z.string().optional(),
  note: z.string().optional(),
});

const GoldSchema = z.object({
  about: z.string(),
  conventions: z.array(z.string()),
  files: z.array(
    z.object({
      file: z.string(),
      figures: z.array(GoldFigureSchema),
      excluded: z.array(z.object({ exact: z.string(), reason: z.string() })),
    }),
  ),
});

/** One gold figure, resolved to offsets in its file. */
type GoldSpan = z.infer<typeof GoldFigureSchema> & { start: number; end: number };

/** A corpus file with its text and resolved gold figures. */
export interface GoldFile {
  file: string;
  text: string;
  figures: GoldSpan[];
  excluded: { exact: string; reason: string }[];
}

const GOLD_PATH = fileURLToPath(new URL("./corpus-figures.json", import.meta.url));

/**
 * Reads the gold set and the corpus, resolving the n-th listing of an exact
 * string to its n-th occurrence. Throws if a listing has no occurrence left,
 * so a typo in the gold can't silently shrink the denominator.
 */
export function loadGold(): GoldFile[] {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(GOLD_PATH, "utf8")));
  return gold.files.map(({ file, figures, excluded }) => {
    const text = readCorpusFile(file);
    const seen = new Map<string, number>();
    const resolved = figures.map((fig) => {
      const start = text.indexOf(fig.exact, seen.get(fig.exact) ?? 0);
      if (start < 0) throw new Error(`gold: "${fig.exact}" has no further occurrence in ${file}`);
      seen.set(fig.exact, start + fig.exact.length);
      return { ...fig, start, end: start + fig.exact.length };
    });
    return { file, text, figures: resolved.sort((a, b) => a.start - b.start), excluded };
  });
}

/** Counts non-overlapping occurrences of `needle` in `text`. */
export function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

const sameNumber = (a: number | undefined, b: number | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** A gold figure and the suggestion that overlaps it. */
interface Pair {
  gold: GoldSpan;
  suggestion: Suggestion;
}

/** Per-file outcome of {@link scoreSuggestions}. */
interface FileScore {
  file: string;
  /** Overlapping span and correct value (and valueMax) — the headline match. */
  matched: Pair[];
  /** Overlapping span but wrong value. */
  wrongValue: Pair[];
  misses: GoldSpan[];
  falsePositives: Suggestion[];
}

/** Corpus-wide scores; ratios are in [0, 1] (NaN-free: empty sets score 1). */
export interface Score {
  files: FileScore[];
  suggestions: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matches whose span is identical to the gold span. */
  exactSpan: number;
  /** Among gold figures with an overlapping suggestion, share with the right value. */
  valueAccuracy: number;
  /** Among headline matches, share with the right kind / qualifier. */
  kindAccuracy: number;
  qualifierAccuracy: number;
  casualtyGold: number;
  casualtyMatched: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Scores `suggest` against the gold: one suggestion may match one gold figure. */
export function scoreSuggestions(gold: GoldFile[], suggest: (text: string) => Suggestion[]): Score {
  const files = gold.map((g): FileScore => {
    const suggestions = suggest(g.text);
    const used = new Set<Suggestion>();
    const matched: Pair[] = [];
    const wrongValue: Pair[] = [];
    const misses: GoldSpan[] = [];
    for (const fig of g.figures) {
      const candidates = suggestions.filter((s) => !used.has(s) && overlaps(s, fig));
      const hit = candidates.find((s) => sameNumber(s.value, fig.value) && sameNumber(s.valueMax, fig.valueMax));
      if (hit) {
        used.add(hit);
        matched.push({ gold: fig, suggestion: hit });
      } else {
        misses.push(fig);
        if (candidates[0]) {
          used.add(candidates[0]);
          wrongValue.push({ gold: fig, suggestion: candidates[0] });
        }
      }
    }
    const falsePositives = suggestions.filter((s) => !used.has(s));
    return { file: g.file, matched, wrongValue, misses, falsePositives };
  });
  const all = <T>(pick: (f: FileScore) => T[]): T[] => files.flatMap(pick);
  const matched = all((f) => f.matched);
  const wrong = all((f) => f.wrongValue);
  const suggestions = matched.length + wrong.length + all((f) => f.falsePositives).length;
  const goldCount = gold.reduce((n, g) => n + g.figures.length, 0);
  const precision = ratio(matched.length, suggestions);
  const recall = ratio(matched.length, goldCount);
  const casualty = gold.flatMap((g) => g.figures).filter((f) => f.kind === "casualty");
  return {
    files,
    suggestions,
    gold: goldCount,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    exactSpan: matched.filter((p) => p.gold.start === p.suggestion.start && p.gold.end === p.suggestion.end).length,
    valueAccuracy: ratio(matched.length, matched.length + wrong.length),
    kindAccuracy: ratio(matched.filter((p) => p.suggestion.kind === p.gold.kind).length, matched.length),
    qualifierAccuracy: ratio(matched.filter((p) => p.suggestion.qualifier === p.gold.qualifier).length, matched.length),
    casualtyGold: casualty.length,
    casualtyMatched: matched.filter((p) => p.gold.kind === "casualty").length,
  };
}
