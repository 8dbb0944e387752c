import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { astralPositions, codePointOffset } from "./code-points";

describe("code-point offsets", () => {
  it("agree with counting code points of the text before the offset, at every offset between characters", () => {
    const char = fc.oneof(
      fc.constantFrom("a", "é", "—", "😀", "👍🏽", "🇸🇾", "\u{20000}", "\n"),
      fc.string({ unit: "grapheme", maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        const positions = astralPositions(text);
        // Every code-point boundary, in UTF-16 units.
        let utf16 = 0;
        const points = Array.from(text);
        for (let cp = 0; cp <= points.length; cp++) {
          expect(codePointOffset(positions, utf16)).toBe(cp);
          utf16 += points[cp]?.length ?? 0;
        }
      }),
    );
  });
  it("lists nothing for a text without astral characters, and ignores a lone surrogate", () => {
    expect(astralPositions("plain — text é")).toEqual([]);
    expect(astralPositions("a\uD83Db😀")).toEqual([3]);
  });
});
