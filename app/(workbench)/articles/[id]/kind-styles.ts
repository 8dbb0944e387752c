import type { ReaderKind } from "./_components/reader-schema";

/** The reader's kind classes whose colours follow the kind (see reader-kinds.css). */
const PREFIXES = ["hl", "sg", "kind-option", "tag-popover__quote", "claim-panel__quote", "claim-panel__header"];

/**
 * CSS giving each kind of the project's schema its colour: the stroke, a fill light enough for
 * body text on it, and a fainter one. Keys are `[a-z][a-z0-9_]*` and colours `#rrggbb` (the
 * schema refuses anything else), so the text is safe to put in a <style>; anything else is
 * skipped rather than trusted.
 */
export function kindStyles(kinds: readonly Pick<ReaderKind, "key" | "colour">[]): string {
  return kinds
    .filter((k) => /^[a-z][a-z0-9_]*$/.test(k.key) && /^#[0-9a-fA-F]{6}$/.test(k.colour))
    .map((k) => {
      const r = parseInt(k.colour.slice(1, 3), 16);
      const g = parseInt(k.colour.slice(3, 5), 16);
      const b = parseInt(k.colour.slice(5, 7), 16);
      const selectors = PREFIXES.map((p) => `.${p}--${k.key}`).join(",");
      return `${selectors}{--hl:${k.colour};--hl-fill:rgb(${r} ${g} ${b} / 0.15);--hl-faint:rgb(${r} ${g} ${b} / 0.05)}`;
    })
    .join("\n");
}
