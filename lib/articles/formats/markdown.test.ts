import { describe, expect, it } from "vitest";
import { inlineToText, markdownToText } from "./markdown";

describe("markdownToText", () => {
  it("turns headings, paragraphs, lists and quotes into one paragraph each", () => {
    const md = [
      "# Russia ready to talk",
      "",
      "Russia said Thursday it was ready",
      "to discuss a ceasefire.",
      "",
      "## Talks in Geneva",
      "",
      "- First point",
      "* Second point",
      "1. Numbered point",
      "- [x] Done task",
      "",
      "> A quoted diplomat said",
      "> the talks were hard.",
      "",
      "Setext heading",
      "--------------",
      "",
      "Closing paragraph.",
    ].join("\n");
    expect(markdownToText(md).text).toBe(
      [
        "Russia ready to talk",
        "Russia said Thursday it was ready to discuss a ceasefire.",
        "Talks in Geneva",
        "First point",
        "Second point",
        "Numbered point",
        "Done task",
        "A quoted diplomat said the talks were hard.",
        "Setext heading",
        "Closing paragraph.",
      ].join("\n\n"),
    );
  });

  it("reads a leading level-1 heading as the title, and front matter over it", () => {
    expect(markdownToText("# The Headline\n\nBody text.").meta).toEqual({ title: "The Headline" });
    expect(markdownToText("Intro line.\n\n# Later Heading").meta.title).toBeUndefined();
    const withFrontMatter = markdownToText(
      '---\ntitle: "Front Title"\nauthor: Jane Doe\ndate: 2016-02-11\nurl: https://example.org/a\ntags: [a, b]\n---\n# Heading Title\n\nBody.',
    );
    expect(withFrontMatter.meta).toEqual({
      title: "Front Title",
      author: "Jane Doe",
      publishedAt: "2016-02-11",
      url: "https://example.org/a",
    });
    expect(withFrontMatter.text).toBe("Heading Title\n\nBody.");
  });

  it("treats a lone --- at the top as a rule, not front matter", () => {
    expect(markdownToText("---\nJust text after a rule.").text).toBe("Just text after a rule.");
  });

  it("keeps fenced code verbatim and drops comments, reference definitions and raw script blocks", () => {
    const md =
      "Before.\n\n```js\nconst x = *not emphasis*;\n```\n\n<!--\nhidden note\n-->\n\n[ref]: https://example.org\n\n<script>\nalert(1)\n</script>\n\nAfter.";
    expect(markdownToText(md).text).toBe("Before.\n\nconst x = *not emphasis*;\n\nAfter.");
  });

  it("turns table rows into paragraphs and skips the separator row", () => {
    expect(markdownToText("| City | Dead |\n|------|-----:|\n| Homs | 40 |\n| Hama | 12 |").text).toBe(
      "City | Dead\n\nHoms | 40\n\nHama | 12",
    );
  });

  it("does not take a year at the start of a wrapped line for a list item", () => {
    expect(markdownToText("The war began in\n2011. The toll rose.").text).toBe("The war began in 2011. The toll rose.");
    expect(markdownToText("2011. The toll rose.").text).toBe("The toll rose.");
  });

  it("splits at hard line breaks", () => {
    expect(markdownToText("Line one  \nLine two\\\nLine three").text).toBe("Line one\n\nLine two\n\nLine three");
  });
});

describe("inlineToText", () => {
  it.each([
    ["**bold** and __strong__", "bold and strong"],
    ["*em* and _em_ and ***both***", "em and em and both"],
    ["~~struck~~ text", "struck text"],
    ['a [link](https://example.org "t") here', "a link here"],
    ["a [ref link][1] here", "a ref link here"],
    ["an ![image](x.png) gone", "an gone"],
    ["<https://example.org/x> and <mailto:a@b.org>", "https://example.org/x and a@b.org"],
    ["`code *kept*` and \\*escaped\\*", "code *kept* and *escaped*"],
    ["snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"],
    ['x<br>y <span onclick="alert(1)">z</span><script>alert(2)</script>', "x y z"],
    ["&amp; &lt;b&gt; &#8212; &#x2019; &unknown;", "& <b> — ’ &unknown;"],
  ])("%s", (input, expected) => {
    expect(inlineToText(input)).toBe(expected);
  });

  it("finding 3: unclosed emphasis markers cost linear time (200 KB of `**a ` took 2.7 s, quadratic)", () => {
    // 400 KB each: seconds to minutes for a quadratic pass, tens of milliseconds for a linear one.
    for (const block of ["**a ", "__a ", "~~a ", "<!-- a "].map((s) => s.repeat(100_000))) {
      const started = performance.now();
      expect(inlineToText(block)).toBe(block.trim());
      expect(performance.now() - started).toBeLessThan(3000);
    }
    expect(inlineToText("**a **b** c** and __x__y__ z__")).toBe("a **b c** and x__y z__");
  });
});
