import { Node as PMNode, Schema } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import {
  buildDocJSON,
  offsetToPos,
  posToOffset,
  positionsToRange,
  rangeToPositions,
  splitParagraphs,
  type Paragraph,
} from "./paragraphs";

// Test-only: the real ProseMirror model checks our position arithmetic.
const schema = new Schema({
  nodes: { doc: { content: "block+" }, paragraph: { group: "block", content: "text*" }, text: {} },
});

const text = "First para.\n\nSecond 😀 para.\nThird, same block of lines.\n\n\n  \nLast.";

describe("splitParagraphs", () => {
  it("makes each non-blank line a paragraph and skips blank or whitespace-only lines", () => {
    const ps = splitParagraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual([
      "First para.",
      "Second 😀 para.",
      "Third, same block of lines.",
      "Last.",
    ]);
    expect(ps.map((p) => p.pos)).toEqual([1, 1 + 11 + 2, 1 + 11 + 2 + 15 + 2, 1 + 11 + 2 + 15 + 2 + 27 + 2]);
  });

  it("handles CRLF, lone CR, leading/trailing blank lines and empty text", () => {
    const t = "\n\nOne\r\nTwo\rThree\r\n\r\n";
    expect(splitParagraphs(t).map((p) => t.slice(p.start, p.end))).toEqual(["One", "Two", "Three"]);
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs("\n \n")).toEqual([]);
  });

  it("keeps a line's own leading and trailing spaces", () => {
    const t = "  indented  \nnext";
    expect(splitParagraphs(t)[0]).toEqual({ start: 0, end: 12, pos: 1 });
  });
});

describe("offsetToPos / posToOffset", () => {
  const ps = splitParagraphs(text);
  const doc = PMNode.fromJSON(schema, buildDocJSON(text, ps));

  it("agrees with ProseMirror about where every character is", () => {
    doc.check();
    for (const p of ps) {
      for (let o = p.start; o < p.end; o++) {
        const pos = offsetToPos(ps, o);
        expect(doc.textBetween(pos, pos + 1)).toBe(text[o]);
        expect(doc.resolve(pos).parent.type.name).toBe("paragraph");
      }
    }
    expect(doc.textContent).toBe(ps.map((p) => text.slice(p.start, p.end)).join(""));
  });

  it("maps paragraph ends to the end of the paragraph's content", () => {
    const [first, second] = ps as [Paragraph, Paragraph];
    expect(offsetToPos(ps, first.end)).toBe(12);
    expect(doc.resolve(12).parentOffset).toBe(11);
    expect(offsetToPos(ps, second.start)).toBe(second.pos);
  });

  it("resolves separator offsets by assoc", () => {
    const [first, second] = ps as [Paragraph, Paragraph];
    const gap = first.end + 1; // the blank line
    expect(offsetToPos(ps, gap)).toBe(second.pos);
    expect(offsetToPos(ps, gap, 1)).toBe(second.pos);
    expect(offsetToPos(ps, gap, -1)).toBe(first.pos + 11);
    expect(offsetToPos(ps, text.length + 50, 1)).toBe(doc.content.size - 1);
    const lead = splitParagraphs("\n\nHi");
    expect(offsetToPos(lead, 0, -1)).toBe(1);
  });

  it("resolves positions between blocks by assoc", () => {
    const [first, second] = ps as [Paragraph, Paragraph];
    expect(posToOffset(ps, 0)).toBe(first.start);
    const between = first.pos + 11 + 1;
    expect(posToOffset(ps, between, 1)).toBe(second.start);
    expect(posToOffset(ps, between, -1)).toBe(first.end);
    expect(posToOffset(ps, doc.content.size)).toBe(text.length);
  });

  it("rejects negative or fractional input and tolerates an empty doc", () => {
    expect(() => offsetToPos(ps, -1)).toThrow(RangeError);
    expect(() => posToOffset(ps, 1.5)).toThrow(RangeError);
    expect(offsetToPos([], 3)).toBe(0);
    expect(posToOffset([], 3)).toBe(0);
  });

  it("round-trips every in-paragraph offset (randomized, fixed seed)", () => {
    let seed = 0x2f6b1c3d;
    const random = (): number => {
      // mulberry32: small, deterministic, good enough for fixtures.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = ["word", " ", "\n", "\n\n", "\r\n", "😀", "  \n", "30,000", "é"];
    for (let round = 0; round < 200; round++) {
      let t = "";
      const n = Math.floor(random() * 60);
      for (let k = 0; k < n; k++) t += pieces[Math.floor(random() * pieces.length)] ?? "";
      const paragraphs = splitParagraphs(t);
      for (let probe = 0; probe < 30 && paragraphs.length > 0; probe++) {
        const p = paragraphs[Math.floor(random() * paragraphs.length)] as Paragraph;
        const offset = p.start + Math.floor(random() * (p.end - p.start + 1));
        const assoc = random() < 0.5 ? 1 : -1;
        expect(posToOffset(paragraphs, offsetToPos(paragraphs, offset, assoc), assoc)).toBe(offset);
      }
      if (paragraphs.length > 0) {
        const d = PMNode.fromJSON(schema, buildDocJSON(t, paragraphs));
        expect(d.textContent).toBe(paragraphs.map((p) => t.slice(p.start, p.end)).join(""));
        const last = paragraphs[paragraphs.length - 1] as Paragraph;
        expect(offsetToPos(paragraphs, last.end)).toBe(d.content.size - 1);
      }
    }
  });
});

describe("rangeToPositions / positionsToRange", () => {
  const ps = splitParagraphs(text);
  const doc = PMNode.fromJSON(schema, buildDocJSON(text, ps));

  it("maps a span inside one paragraph", () => {
    const start = text.indexOf("Second");
    const range = rangeToPositions(ps, start, start + 6);
    expect(range).not.toBeNull();
    if (range === null) return;
    expect(doc.textBetween(range.from, range.to)).toBe("Second");
    expect(positionsToRange(ps, range.from, range.to)).toEqual({ start, end: start + 6 });
  });

  it("maps a span crossing paragraphs and pulls separator ends inward", () => {
    const start = text.indexOf("para.");
    const end = text.indexOf("Last") - 1; // ends on the blank lines before "Last."
    const range = rangeToPositions(ps, start, end);
    if (range === null) throw new Error("expected a range");
    expect(doc.textBetween(range.from, range.to, "|")).toBe("para.|Second 😀 para.|Third, same block of lines.");
    expect(positionsToRange(ps, range.from, range.to)).toEqual({ start, end: text.indexOf("\n\n\n") });
  });

  it("returns null for empty spans and spans that only cover separators", () => {
    expect(rangeToPositions(ps, 5, 5)).toBeNull();
    expect(rangeToPositions(ps, 11, 13)).toBeNull();
    expect(positionsToRange(ps, 12, 13)).toBeNull();
    expect(positionsToRange(ps, 4, 2)).toBeNull();
  });

  it("maps a whole-document selection back to the text's content", () => {
    expect(positionsToRange(ps, 0, doc.content.size)).toEqual({ start: 0, end: text.length });
  });
});

describe("buildDocJSON", () => {
  it("produces a valid doc even for empty text", () => {
    const doc = PMNode.fromJSON(schema, buildDocJSON(""));
    doc.check();
    expect(doc.childCount).toBe(1);
  });
});
