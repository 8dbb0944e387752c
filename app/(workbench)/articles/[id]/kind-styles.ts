import type { ReaderKind } from "./_components/reader-schema";

/** The reader's kind classes whose colours follow the kind (see reader-kinds.css). */
const PREFIXES = ["hl", "sg", "kind-option", "tag-popover__quote", "claim-panel__quote", "claim-panel__header"];

/**
 * The underline patterns kinds get in schema order (casualty, quantity, event, quote,
 * attribution, other for the default schema), drawn in a 3px strip under the text, so that no
 * two of the first six differ by colour alone; a seventh kind starts the list again.
 */
export const KIND_LINES = [
  "linear-gradient(var(--hl) 0 1px,transparent 1px 2px,var(--hl) 2px 3px)",
  "linear-gradient(var(--hl),var(--hl))",
  "repeating-linear-gradient(90deg,var(--hl) 0 7px,transparent 7px 10px)",
  "repeating-linear-gradient(90deg,var(--hl) 0 3px,transparent 3px 6px)",
  "repeating-linear-gradient(90deg,var(--hl) 0 9px,transparent 9px 12px,var(--hl) 12px 15px,transparent 15px 18px)",
  "linear-gradient(transparent 0 2px,var(--hl) 2px 3px)",
] as const;

/**
 * CSS giving each kind of the project's schema its colour: the stroke, a fill light enough for
 * body text on it, and a fainter one. Keys are `[a-z][a-z0-9_]*` and colours `#rrggbb` (the
 * schema refuses anything else), so the text is safe to put in a <style>; anything else is
 * skipped rather than trusted.
 */
export function kindStyles(kinds: readonly Pick<ReaderKind, "key" | "colour">[]): string {
  return kinds
    .filter((k) => /^[a-z][a-z0-9_]*$/.test(k.key) && /^#[0-9a-fA-F]{6}$/.test(k.colour))
    .map((k, i) => {
      const r = parseInt(k.colour.slice(1, 3), 16);
      const g = parseInt(k.colour.slice(3, 5), 16);
      const b = parseInt(k.colour.slice(5, 7), 16);
      const selectors = PREFIXES.map((p) => `.${p}--${k.key}`).join(",");
      const line = KIND_LINES[i % KIND_LINES.length];
      return `${selectors}{--hl:${k.colour};--hl-fill:rgb(${r} ${g} ${b} / 0.15);--hl-faint:rgb(${r} ${g} ${b} / 0.05);--hl-line:${line}}`;
    })
    .join("\n");
}
