import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { splitParagraphs, type Paragraph } from "@/lib/anchors/paragraphs";
import type { ClaimSpan } from "./claim-spans";
import { drawnLayout, readDrawnText, textDigest } from "./drawn-document";
import { renderHighlightedParagraphs } from "./static-html";

const look = { tag: "mark", className: "hl" };

/** Draws the text as the server does, parses it as a browser would, and reads the text back. */
function roundTrip(text: string, spans: ClaimSpan[] = [], tamper?: (root: HTMLElement) => void) {
  const paragraphs = splitParagraphs(text);
  const html = renderHighlightedParagraphs(text, paragraphs, spans, look);
  const { document } = parseHTML(`<!doctype html><html><body><div id="doc">${html}</div></body></html>`);
  const root = document.getElementById("doc") as unknown as HTMLElement;
  tamper?.(root);
  const layout = drawnLayout(text, paragraphs);
  const read = readDrawnText(root, layout);
  // What the reader does: trust the read text at once, check the digest later.
  return { read, confirmed: read !== null && textDigest(read) === layout.digest };
}

const text = "  Lead-in line\r\n\r\nOver 30,000 people <dead> & more.\n\n\n   \nSecond line 😀 “quoted”.\n";
const at = (id: string, phrase: string, kind = "casualty"): ClaimSpan => {
  const start = text.indexOf(phrase);
  return { id, start, end: start + phrase.length, kind };
};

describe("readDrawnText", () => {
  it("reads back the exact text, separators included, whatever highlights split it", () => {
    const spans = [
      at("outer", "Over 30,000 people"),
      at("inner", "30,000"),
      at("partial", "people <dead>", "event"),
      at("across", "more.\n\n\n   \nSecond", "quote"),
    ];
    expect(roundTrip(text, spans)).toEqual({ read: text, confirmed: true });
    expect(roundTrip(text)).toEqual({ read: text, confirmed: true });
  });

  it("reads a text without paragraphs", () => {
    expect(roundTrip("\n \n")).toEqual({ read: "\n \n", confirmed: true });
  });

  it("keeps the layout small: repeated separators are counted, not repeated", () => {
    const long = Array.from({ length: 500 }, (_, i) => `Paragraph ${i}.`).join("\n\n");
    expect(drawnLayout(long, splitParagraphs(long)).gaps).toEqual([
      ["", 1],
      ["\n\n", 499],
      ["", 1],
    ]);
  });

  it("refuses a DOM with other paragraphs or another length, and the digest catches an edit of the same length", () => {
    const spans = [at("inner", "30,000")];
    expect(roundTrip(text, spans, (root) => root.appendChild(root.ownerDocument.createElement("p"))).read).toBeNull();
    expect(roundTrip(text, spans, (root) => root.querySelector("p")?.remove()).read).toBeNull();
    expect(
      roundTrip(text, spans, (root) =>
        root.querySelector("p")?.appendChild(root.ownerDocument.createTextNode(" (translated)")),
      ).read,
    ).toBeNull();
    const sameLength = roundTrip(text, spans, (root) => {
      const mark = root.querySelector('[data-claim-id="inner"]');
      if (mark?.firstChild) mark.firstChild.nodeValue = "30.000";
    });
    expect(sameLength.read).not.toBeNull();
    expect(sameLength.confirmed).toBe(false);
  });

  it("round-trips any text with any claims drawn in it", () => {
    const piece = fc.constantFrom("word", " ", "  ", "\n", "\r\n", "\n\n", "&", "<b>", '"', "é", "😀", "\t", "30,000");
    const arbitraryText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(
        arbitraryText.chain((t) => {
          const paragraphs = splitParagraphs(t);
          const point = fc.nat({ max: Math.max(0, paragraphs.length - 1) }).chain((i) => {
            const p = paragraphs[i] as Paragraph;
            return fc.integer({ min: p.start, max: p.end });
          });
          const span = fc
            .record({ a: point, b: point, kind: fc.constantFrom("casualty", "quantity", "event") })
            .filter(({ a, b }) => a < b);
          const spans = paragraphs.length === 0 ? fc.constant([]) : fc.array(span, { maxLength: 12 });
          return fc.tuple(
            fc.constant(t),
            spans.map((xs) => xs.map(({ a, b, kind }, i): ClaimSpan => ({ id: `c${i}`, start: a, end: b, kind }))),
          );
        }),
        ([t, spans]) => {
          expect(roundTrip(t, spans)).toEqual({ read: t, confirmed: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});
