import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("guidelines Markdown", () => {
  it("draws bold, italic, code and web links, and leaves other links as their text", () => {
    expect(html("Tag **deaths** and *injuries*, not `estimates`; see [the FAQ](https://example.org/faq).")).toBe(
      '<div class="markdown"><p>Tag <strong>deaths</strong> and <em>injuries</em>, not <code>estimates</code>; see ' +
        '<a href="https://example.org/faq" rel="noreferrer noopener" target="_blank">the FAQ</a>.</p></div>',
    );
    expect(html("[click](javascript:alert(1))")).toBe('<div class="markdown"><p>click)</p></div>');
    expect(html("[a link](https://example.org/a b)")).toBe(
      '<div class="markdown"><p>[a link](https://example.org/a b)</p></div>',
    );
  });

  it("keeps markup that does not close as text", () => {
    expect(html("a * b ** c ` d [e] (f)")).toBe('<div class="markdown"><p>a * b ** c ` d [e] (f)</p></div>');
    // As the pattern it replaces read it: "**" must close before any single "*".
    expect(html("**bold *and* more**")).toBe('<div class="markdown"><p>*<em>bold </em>and* more**</p></div>');
  });

  it("reads a long line of unclosed markup in time that grows with its length, not its square", () => {
    // The best of three runs: a busy machine only ever makes a run slower.
    const time = (text: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t0 = performance.now();
          html(text);
          return performance.now() - t0;
        }),
      );
    for (const unit of ["[", "`", "*a", "[a](", "**a "]) {
      time(unit.repeat(5_000)); // warm-up
      const small = Math.max(time(unit.repeat(10_000)), 1);
      const large = time(unit.repeat(100_000));
      // Ten times the text: about ten times the work; a quadratic scan would take about a hundred.
      expect(large, `${unit}: ${large.toFixed(1)} ms against ${small.toFixed(1)} ms`).toBeLessThan(small * 40);
    }
  }, 120_000);
});
