import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import { compareSpans, decodeSpans, encodeSpans, nestingHeights, type ClaimSpan } from "./claim-spans";
import { renderHighlightedParagraphs } from "./static-html";

const look = { tag: "mark", className: "hl" };
const text = "Over 30,000 people <dead> & more.\n\nSecond line.";
const at = (id: string, phrase: string, kind = "casualty"): ClaimSpan => {
  const start = text.indexOf(phrase);
  return { id, start, end: start + phrase.length, kind };
};
/** Strips the attributes, keeping which claim each tag belongs to. */
const shape = (html: string) =>
  html.replace(/<mark class="[^"]*" data-claim-id="([^"]*)">/g, "[$1:").replace(/<\/mark>/g, "]");

describe("renderHighlightedParagraphs", () => {
  it("escapes text and draws nothing extra without claims", () => {
    expect(renderHighlightedParagraphs(text, splitParagraphs(text), [], look)).toBe(
      "<p>Over 30,000 people &lt;dead&gt; &amp; more.</p><p>Second line.</p>",
    );
  });

  it("nests an inner claim inside its outer one, outer first", () => {
    const html = renderHighlightedParagraphs(
      text,
      splitParagraphs(text),
      [at("in", "30,000"), at("out", "Over 30,000 people")],
      look,
    );
    expect(shape(html)).toBe("<p>[out:Over [in:30,000] people] &lt;dead&gt; &amp; more.</p><p>Second line.</p>");
    expect(html).toContain('class="hl hl--casualty hl--h1" data-claim-id="out"');
    expect(html).toContain('class="hl hl--casualty hl--h0" data-claim-id="in"');
  });

  it("splits a partial overlap into well-nested pieces that keep their ids", () => {
    const html = renderHighlightedParagraphs(
      text,
      splitParagraphs(text),
      [at("a", "Over 30,000"), at("b", "30,000 people")],
      look,
    );
    expect(shape(html)).toBe("<p>[a:Over [b:30,000]][b: people] &lt;dead&gt; &amp; more.</p><p>Second line.</p>");
  });

  it("cuts a claim across a paragraph break at the break", () => {
    const start = text.indexOf("more.");
    const end = text.indexOf("Second") + "Second".length;
    const html = renderHighlightedParagraphs(
      text,
      splitParagraphs(text),
      [{ id: "x", start, end, kind: "event" }],
      look,
    );
    expect(shape(html)).toBe("<p>Over 30,000 people &lt;dead&gt; &amp; [x:more.]</p><p>[x:Second] line.</p>");
  });
});

describe("nestingHeights", () => {
  it("counts levels of enclosing, not overlaps or twins", () => {
    const spans = [
      at("s", "Over 30,000 people <dead>"),
      at("m", "30,000 people"),
      at("i", "30,000"),
      at("twin", "30,000"),
      at("p", "people <dead> & more"),
    ].sort(compareSpans);
    expect(Object.fromEntries(nestingHeights(spans))).toEqual({ s: 2, m: 1, i: 0, twin: 0, p: 0 });
  });
});

describe("encodeSpans / decodeSpans", () => {
  it("round-trips", () => {
    const spans = [at("a", "30,000"), at("b", "Second line.", "event")];
    expect(decodeSpans(encodeSpans(spans))).toEqual(spans);
    expect(decodeSpans(encodeSpans([]))).toEqual([]);
  });
});
