"use client";

/**
 * The article's text with every annotator's claims under it: one coloured line per annotator
 * beneath the characters their claim covers, the selected unit shaded. Clicking a marked passage
 * selects its unit; selecting text with the mouse is how a claim nobody made is added.
 */
import { forwardRef, useMemo } from "react";
import type { UnitView } from "./adjudication-api";
import { ANNOTATOR_COLOURS } from "./adjudication-api";

interface Segment {
  start: number;
  end: number;
  annotators: number[];
  unitIndex: number | null;
}

/** The text cut wherever a claim starts or ends, each piece with the annotators whose claims cover it (one sweep). */
function segments(text: string, units: UnitView[], keys: string[]): Segment[] {
  type Mark = { annotator: number; unit: number };
  const opens = new Map<number, Mark[]>();
  const closes = new Map<number, Mark[]>();
  const cuts = new Set<number>([0, text.length]);
  units.forEach((u, unit) => {
    keys.forEach((k, annotator) => {
      const c = u.claims[k];
      if (!c || c.end <= c.start) return;
      const mark = { annotator, unit };
      opens.set(c.start, [...(opens.get(c.start) ?? []), mark]);
      closes.set(c.end, [...(closes.get(c.end) ?? []), mark]);
      cuts.add(c.start);
      cuts.add(c.end);
    });
  });
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  let active: Mark[] = [];
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i];
    const closing = closes.get(at);
    if (closing) active = active.filter((m) => !closing.includes(m));
    active.push(...(opens.get(at) ?? []));
    const annotators = [...new Set(active.map((m) => m.annotator))].sort((x, y) => x - y);
    const unitIndex = active.length ? Math.min(...active.map((m) => m.unit)) : null;
    out.push({ start: at, end: points[i + 1], annotators, unitIndex });
  }
  return out;
}

export const ArticleLayers = forwardRef<
  HTMLDivElement,
  { text: string; units: UnitView[]; keys: string[]; selected: number; onSelect: (unitIndex: number) => void }
>(function ArticleLayers({ text, units, keys, selected, onSelect }, ref) {
  const parts = useMemo(() => segments(text, units, keys), [text, units, keys]);
  const current = units[selected];
  return (
    <div ref={ref} className="adjudication-text" aria-label="Article text with every annotator's claims">
      {parts.map((s) => {
        const inSelected = current && s.start >= current.start && s.end <= current.end;
        if (s.annotators.length === 0) {
          return inSelected ? (
            <span key={s.start} className="adjudication-text__selected">
              {text.slice(s.start, s.end)}
            </span>
          ) : (
            text.slice(s.start, s.end)
          );
        }
        const style = {
          backgroundImage: s.annotators
            .map((a) => `linear-gradient(${ANNOTATOR_COLOURS[a % 5]}, ${ANNOTATOR_COLOURS[a % 5]})`)
            .join(", "),
          backgroundSize: s.annotators.map(() => "100% 3px").join(", "),
          backgroundPosition: s.annotators.map((_, i) => `0 calc(100% - ${i * 4}px)`).join(", "),
          paddingBottom: `${s.annotators.length * 4}px`,
        };
        return (
          <span
            key={s.start}
            className={inSelected ? "adjudication-text__claim adjudication-text__selected" : "adjudication-text__claim"}
            style={style}
            data-unit={s.unitIndex ?? undefined}
            onClick={() => {
              if (s.unitIndex !== null && !window.getSelection()?.toString()) onSelect(s.unitIndex);
            }}
          >
            {text.slice(s.start, s.end)}
          </span>
        );
      })}
    </div>
  );
});

/** The selection inside the text pane as offsets into the article's text, or null. */
export function selectedSpan(
  container: HTMLElement | null,
  text: string,
): { start: number; end: number; exact: string } | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  if (end <= start || end > text.length) return null;
  return { start, end, exact: text.slice(start, end) };
}
