import { describe, expect, it } from "vitest";
import { readCorpusFile } from "@/lib/seed/corpus";
import { cleanText } from "./clean-text";
import { normalizeRaw, splitBlocks } from "./text-blocks";
import { AppError } from "@/lib/errors";
import { withBlockRestored } from "./restore-block";

describe("withBlockRestored", () => {
  const removed = [
    { index: 0, text: "Menu", reason: "navigation" },
    { index: 2, text: "Share this article", reason: "boilerplate" },
    { index: 5, text: "Leave a Reply", reason: "comments" },
  ];
  const text = "Headline\n\nFirst paragraph.\n\nSecond paragraph.";

  it("puts a block back between the neighbours it had", () => {
    expect(withBlockRestored(text, removed, 2)).toEqual({
      text: "Headline\n\nShare this article\n\nFirst paragraph.\n\nSecond paragraph.",
      removed: [removed[0], removed[2]],
    });
    expect(withBlockRestored(text, removed, 0).text).toBe("Menu\n\nHeadline\n\nFirst paragraph.\n\nSecond paragraph.");
    expect(withBlockRestored(text, removed, 5).text).toBe(
      "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nLeave a Reply",
    );
  });

  it("restoring every block of a cleaned corpus article gives back all blocks in order", () => {
    const raw = readCorpusFile("002_3cab5c4bd9d3191d.txt");
    const cleaned = cleanText(raw);
    let current = {
      text: cleaned.text,
      removed: cleaned.removed.map(({ index, text: t, reason }) => ({ index, text: t, reason: String(reason) })),
    };
    // Out of order on purpose: each restore must still land by index, not by position.
    for (const block of [...current.removed].sort((a, b) => ((a.index * 7919) % 101) - ((b.index * 7919) % 101))) {
      current = withBlockRestored(current.text, current.removed, block.index);
    }
    expect(current.removed).toEqual([]);
    expect(current.text.split("\n\n")).toEqual(splitBlocks(normalizeRaw(raw)));
  });

  it("refuses an unknown index (422) and a record that no longer fits the text (409)", () => {
    expect(() => withBlockRestored(text, removed, 1)).toThrow(
      expect.objectContaining({ code: "validation_failed" }) as AppError,
    );
    expect(() => withBlockRestored("Only one", removed, 2)).toThrow(
      expect.objectContaining({ code: "conflict" }) as AppError,
    );
  });
});
