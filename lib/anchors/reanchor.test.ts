import { describe, expect, it } from "vitest";
import { reanchor, reanchorAll, type ReanchorResult } from "./reanchor";
import { buildSelectors, type AnchorSelector } from "./selectors";

const article = [
  "KYIV — At least 30,000 people have fled the eastern city since Monday, regional officials said on Thursday.",
  "",
  "The governor, Oleh Synyehubov, told reporters that shelling had destroyed two bridges and a power station.",
  "",
  "Aid groups warned that the humanitarian situation was deteriorating rapidly as temperatures dropped below freezing.",
  "",
  "“We are doing everything we can,” said Maria Ivanova, a volunteer coordinator with the Red Cross.",
].join("\n");

/** Selector for the first occurrence of `quote` in `text`. */
function claim(text: string, quote: string, nth = 0): AnchorSelector {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`fixture missing ${quote}`);
  return buildSelectors(text, at, at + quote.length);
}

/** Asserts a placement and that its offsets agree with its exact text. */
function placed(result: ReanchorResult, text: string): { status: string; start: number; exact: string } {
  if (result.status === "orphan") throw new Error(`unexpected orphan: ${result.reason}`);
  expect(text.slice(result.start, result.end)).toBe(result.exact);
  return result;
}

const shortClaim = "At least 30,000 people have fled";
const longClaim =
  "Aid groups warned that the humanitarian situation was deteriorating rapidly as temperatures dropped below freezing.";

describe("reanchor", () => {
  it("keeps a claim whose text did not change", () => {
    const sel = claim(article, shortClaim);
    expect(reanchor(article, sel)).toEqual({
      status: "exact-position",
      start: sel.start,
      end: sel.end,
      exact: shortClaim,
    });
  });

  it("follows a claim when text is inserted before it", () => {
    const sel = claim(article, "shelling had destroyed two bridges");
    const edited = `UPDATED 14:05 GMT.\n\n${article}`;
    const r = placed(reanchor(edited, sel), edited);
    expect(r.status).toBe("moved");
    expect(r.start).toBe(sel.start + 20);
  });

  it("follows a claim when an earlier paragraph is deleted", () => {
    const sel = claim(article, longClaim);
    const paras = article.split("\n\n");
    const edited = [paras[0], paras[2], paras[3]].join("\n\n");
    const r = placed(reanchor(edited, sel), edited);
    expect(r.status).toBe("moved");
    expect(r.exact).toBe(longClaim);
  });

  it("orphans a claim whose paragraph was deleted", () => {
    const sel = claim(article, "shelling had destroyed two bridges and a power station");
    const paras = article.split("\n\n");
    const edited = [paras[0], paras[2], paras[3]].join("\n\n");
    const r = reanchor(edited, sel);
    expect(r.status).toBe("orphan");
  });

  it("finds a claim after a typo inside the quote is fixed", () => {
    const typo = article.replace("deteriorating", "deteriorting");
    const sel = claim(typo, "the humanitarian situation was deteriorting rapidly");
    const r = placed(reanchor(article, sel), article);
    expect(r).toMatchObject({ status: "fuzzy", exact: "the humanitarian situation was deteriorating rapidly" });
  });

  it("finds a long sentence claim with edits at both ends and inside", () => {
    const sel = claim(article, longClaim);
    const edited = article.replace(
      longClaim,
      "Aid agencies warned that the humanitarian situation was deteriorating quickly as temperatures dropped below zero.",
    );
    const r = placed(reanchor(edited, sel), edited);
    expect(r.status).toBe("fuzzy");
    expect(r.exact.startsWith("Aid agencies")).toBe(true);
    expect(r.exact.endsWith("below zero.")).toBe(true);
  });

  it("finds a long claim that moved far and was lightly edited", () => {
    const sel = claim(article, longClaim);
    const filler = "Earlier coverage follows. ".repeat(400); // ~10k chars pushed in front
    const edited = filler + article.replace("rapidly", "very rapidly");
    const r = placed(reanchor(edited, sel), edited);
    expect(r.status).toBe("fuzzy");
    expect(r.exact).toBe(longClaim.replace("rapidly", "very rapidly"));
  });

  it("uses context to pick between duplicated quotes", () => {
    const text = "Police said two people died. Later, hospital staff said two people died. Officials disagreed.";
    const sel = claim(text, "two people died", 1);
    // An identical sentence is inserted in front; the stored position now holds the wrong copy's neighbourhood.
    const edited = `Witnesses said two people died. ${text}`;
    const r = placed(reanchor(edited, sel), edited);
    expect(r.status).toBe("moved");
    expect(edited.slice(r.start - 21, r.start)).toBe(" hospital staff said ");
    // Nearest-to-old-position alone would have picked the "Police said" copy.
    expect(Math.abs(edited.indexOf("Police said two") + 12 - sel.start)).toBeLessThan(Math.abs(r.start - sel.start));
  });

  it("prefers better context even when the old position still holds the quote", () => {
    const text = "A: two dead. B: two dead. C: unrelated.";
    const sel = claim(text, "two dead", 1); // the one after "B: "
    const edited = "X: two dead. A: two dead. B: two dead. C: unrelated.";
    // Old position (16) still reads "two dead" but its context is "A: ".
    expect(edited.slice(sel.start, sel.end)).toBe("two dead");
    const r = placed(reanchor(edited, sel), edited);
    expect(edited.slice(r.start - 3, r.start)).toBe("B: ");
  });

  it("breaks context ties by distance from the old position", () => {
    const text = "same. same. same. same.";
    const sel = { start: 12, end: 16, exact: "same", prefix: "", suffix: "" };
    expect(placed(reanchor(text, sel), text).start).toBe(12);
    expect(placed(reanchor(`x${text}`, sel), `x${text}`).start).toBe(13);
  });

  it("orphans a claim whose quote was deleted", () => {
    const sel = claim(article, "said Maria Ivanova, a volunteer coordinator with the Red Cross");
    const edited = article.replace(/\n\n“We are doing.*$/s, "");
    expect(reanchor(edited, sel)).toEqual({ status: "orphan", reason: "low-similarity" });
    expect(reanchor("", sel)).toEqual({ status: "orphan", reason: "not-found" });
  });

  it("orphans an empty quote", () => {
    expect(reanchor(article, { start: 0, end: 0, exact: "", prefix: "", suffix: "" })).toEqual({
      status: "orphan",
      reason: "empty-quote",
    });
  });

  it("survives whitespace normalization", () => {
    const spaced = article.replace("shelling had destroyed", "shelling  had\ndestroyed");
    const sel = claim(spaced, "shelling  had\ndestroyed two bridges");
    const r = placed(reanchor(article, sel), article);
    expect(r).toMatchObject({ status: "fuzzy", exact: "shelling had destroyed two bridges" });
    // And the other way round: the new text re-flows a quote stored with single spaces.
    const sel2 = claim(article, "told reporters that shelling");
    const reflowed = article.replace("reporters that", "reporters\u00a0 that");
    expect(placed(reanchor(reflowed, sel2), reflowed).exact).toBe("told reporters\u00a0 that shelling");
  });

  it("handles emoji and other surrogate pairs", () => {
    const text = "Crowds cheered 🎉🎉 as the 𝐒𝐏𝐄𝐂𝐈𝐀𝐋 envoy arrived 🚁 at noon.";
    const sel = claim(text, "𝐒𝐏𝐄𝐂𝐈𝐀𝐋 envoy arrived 🚁");
    const inserted = `🇺🇦 ${text}`;
    expect(placed(reanchor(inserted, sel), inserted)).toMatchObject({ status: "moved", start: sel.start + 5 });
    // A fuzzy match must never begin or end in the middle of an emoji.
    const edited = text.replace("🚁", "🛩️");
    const r = placed(reanchor(edited, sel, { minSimilarity: 0.7 }), edited);
    expect(r.status).toBe("fuzzy");
    expect(r.exact.startsWith("𝐒")).toBe(true);
    expect(r.exact).toMatch(/🛩️?$/u);
    expect(() => encodeURIComponent(r.exact)).not.toThrow(); // throws on a lone surrogate
  });

  it("respects a stricter similarity threshold", () => {
    const sel = claim(article, "shelling had destroyed two bridges");
    const edited = article.replace("destroyed two bridges", "damaged two bridges");
    expect(reanchor(edited, sel).status).toBe("fuzzy");
    expect(reanchor(edited, sel, { minSimilarity: 0.95 })).toEqual({ status: "orphan", reason: "low-similarity" });
  });

  it("tolerates nonsense stored offsets", () => {
    const sel = { ...claim(article, shortClaim), start: Number.NaN, end: -4 };
    expect(placed(reanchor(article, sel), article).exact).toBe(shortClaim);
  });
});

describe("reanchorAll", () => {
  it("places or orphans every claim, never dropping one", () => {
    const claims = [
      { id: "a", ...claim(article, shortClaim), extra: "ignored" },
      { id: "b", ...claim(article, "shelling had destroyed two bridges and a power station") },
      { id: "c", ...claim(article, longClaim) },
      { id: "d", start: 0, end: 0, exact: "", prefix: "", suffix: "" },
    ];
    const paras = article.split("\n\n");
    const edited = ["NEW LEDE.", paras[0], paras[2], paras[3]].join("\n\n");
    const { placed: ok, orphans } = reanchorAll(edited, claims);
    expect(ok.length + orphans.length).toBe(claims.length);
    expect(ok.map((c) => c.id)).toEqual(["a", "c"]);
    expect(orphans.map((o) => [o.id, o.reason])).toEqual([
      ["b", "low-similarity"],
      ["d", "empty-quote"],
    ]);
    for (const c of ok) {
      expect(c.status).toBe("moved");
      expect(c).toEqual({ id: c.id, status: c.status, ...buildSelectors(edited, c.start, c.end) });
    }
    const first = claims[1];
    expect(orphans[0]?.selector).toEqual({
      start: first?.start,
      end: first?.end,
      exact: first?.exact,
      prefix: first?.prefix,
      suffix: first?.suffix,
    });
    expect(ok[0]).not.toHaveProperty("extra");
  });

  it("rebuilds context with the requested length", () => {
    const claims = [{ id: 7, ...claim(article, longClaim) }];
    const { placed: ok } = reanchorAll(article, claims, { contextLength: 5 });
    expect(ok[0]?.prefix).toHaveLength(5);
    expect(ok[0]?.status).toBe("exact-position");
  });
});
