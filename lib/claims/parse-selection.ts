/**
 * Pure and framework-free, so the tagging popover can run it in the browser on the text it
 * already has; the prefill endpoint runs the same code on the server.
 */
import { snapToWords } from "@/lib/anchors/selectors";
import { parseFigure } from "./parse-figure";
import type { ClaimKind, Qualifier } from "./vocabulary";

/** The snapped span of a selection, with figure defaults when it contains one. */
export interface SelectionPrefill {
  start: number;
  end: number;
  /** `text.slice(start, end)`; empty when the selection held only whitespace. */
  exact: string;
  kind?: ClaimKind;
  value?: number;
  qualifier?: Qualifier;
  valueMax?: number;
  unit?: string;
}

/**
 * Turns a raw selection into tagging-form defaults: trims it and widens it to whole words
 * (`snapToWords`), then reads a figure from it (`parseFigure`), e.g. a selection of
 * "er 30,000 people de" in "…left over 30,000 people dead." becomes `{ exact: "over 30,000
 * people dead", value: 30000, qualifier: "more_than", unit: "people dead", kind: "casualty" }`.
 * Punctuation the user selected is kept (see `snapToWords`).
 */
export function parseSelection({ text, start, end }: { text: string; start: number; end: number }): SelectionPrefill {
  const span = snapToWords(text, start, end);
  const exact = text.slice(span.start, span.end);
  const figure = exact ? parseFigure(exact) : null;
  return { start: span.start, end: span.end, exact, ...figure };
}
