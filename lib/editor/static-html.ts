/**
 * The reader's first paint: the article as plain `<p>` paragraphs with claims as nested
 * `<mark>` elements, the same text and attributes the editor draws later, so the page is
 * readable and highlighted before any script runs and the editor can take over in place.
 */
import type { Paragraph } from "@/lib/anchors/paragraphs";
import { compareSpans, highlightAttributes, nestingHeights, type ClaimSpan, type HighlightLook } from "./claim-spans";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

interface Piece {
  span: ClaimSpan;
  start: number;
  end: number;
}

/**
 * One paragraph's inner HTML. Highlights are opened outermost first; where a highlight ends
 * while one opened after it is still open (a partial overlap), the inner ones are closed and
 * reopened around the boundary, so the HTML stays well nested and every piece keeps its id.
 */
function paragraphHtml(
  text: string,
  p: Paragraph,
  pieces: readonly Piece[],
  open: (s: ClaimSpan) => string,
  close: string,
): string {
  const bounds = new Set<number>([p.start, p.end]);
  for (const piece of pieces) bounds.add(piece.start).add(piece.end);
  const points = [...bounds].sort((a, b) => a - b);
  const stack: Piece[] = [];
  let next = 0;
  let html = "";
  for (let i = 0; i < points.length; i++) {
    const at = points[i] ?? p.end;
    const lowest = stack.findIndex((s) => s.end <= at);
    if (lowest !== -1) {
      const popped = stack.splice(lowest);
      html += close.repeat(popped.length);
      for (const s of popped) {
        if (s.end <= at) continue;
        stack.push(s);
        html += open(s.span);
      }
    }
    while (next < pieces.length && (pieces[next]?.start ?? Infinity) <= at) {
      const piece = pieces[next++];
      if (piece !== undefined && piece.end > at) {
        stack.push(piece);
        html += open(piece.span);
      }
    }
    const to = points[i + 1];
    if (to !== undefined) html += escapeHtml(text.slice(at, to));
  }
  return html + close.repeat(stack.length);
}

/**
 * All paragraphs as HTML, each `<p>` holding its text with the claims that touch it. Claims
 * crossing a paragraph break are cut at it, as the editor's decorations are.
 */
export function renderHighlightedParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  claims: readonly ClaimSpan[],
  look: HighlightLook,
): string {
  const ordered = [...claims].sort(compareSpans);
  const heights = nestingHeights(ordered);
  const close = `</${look.tag}>`;
  const open = (span: ClaimSpan): string => {
    const attrs = highlightAttributes(span, heights.get(span.id) ?? 0, look);
    const label = attrs["aria-label"] ? ` aria-label="${escapeHtml(attrs["aria-label"])}"` : "";
    return `<${look.tag} class="${escapeHtml(attrs.class)}" data-claim-id="${escapeHtml(attrs["data-claim-id"])}"${label}>`;
  };
  let html = "";
  let first = 0;
  let active: ClaimSpan[] = [];
  for (const p of paragraphs) {
    active = active.filter((s) => s.end > p.start);
    while (first < ordered.length && (ordered[first]?.start ?? Infinity) < p.end) {
      const span = ordered[first++];
      if (span !== undefined && span.end > p.start) active.push(span);
    }
    const pieces = active
      .map((span) => ({ span, start: Math.max(span.start, p.start), end: Math.min(span.end, p.end) }))
      .filter((piece) => piece.start < piece.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    html += `<p>${paragraphHtml(text, p, pieces, open, close)}</p>`;
  }
  return html;
}
