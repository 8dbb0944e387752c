import { describe, expect, it } from "vitest";
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import { readerKeyAction } from "./reader-keys";

const paragraphs = splitParagraphs("First paragraph.\n\nSecond one.\n\nThird.");
const key = (k: string, mods: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) => ({
  key: k,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const caret = (pos: number) => ({ from: pos, to: pos, empty: true });

describe("readerKeyAction", () => {
  it("moves to the next claim with ] and the previous with [", () => {
    expect(readerKeyAction(caret(4), paragraphs, key("]"))).toEqual({ type: "claim", pos: 4, step: 1 });
    expect(readerKeyAction(caret(4), paragraphs, key("["))).toEqual({ type: "claim", pos: 4, step: -1 });
    expect(readerKeyAction(caret(4), paragraphs, key("]", { ctrlKey: true }))).toBeNull();
  });

  it("tags a selection with T or Enter, opens what is at a caret with Enter", () => {
    expect(readerKeyAction({ from: 2, to: 7, empty: false }, paragraphs, key("t"))).toEqual({
      type: "tag",
      from: 2,
      to: 7,
    });
    expect(readerKeyAction({ from: 2, to: 7, empty: false }, paragraphs, key("Enter"))).toEqual({
      type: "tag",
      from: 2,
      to: 7,
    });
    expect(readerKeyAction(caret(3), paragraphs, key("Enter"))).toEqual({ type: "open", pos: 3 });
    expect(readerKeyAction(caret(3), paragraphs, key("t"))).toBeNull();
    expect(readerKeyAction({ from: 2, to: 7, empty: false }, paragraphs, key("t", { ctrlKey: true }))).toBeNull();
    expect(readerKeyAction(caret(3), paragraphs, key("Escape"))).toEqual({ type: "close" });
  });

  it("jumps to the start of the next or previous paragraph with Alt+arrows, and not past either end", () => {
    const [first, second, third] = paragraphs;
    expect(readerKeyAction(caret(first!.pos + 4), paragraphs, key("ArrowDown", { altKey: true }))).toEqual({
      type: "jump",
      pos: second!.pos,
      index: 1,
    });
    expect(readerKeyAction(caret(third!.pos + 2), paragraphs, key("ArrowUp", { altKey: true }))).toEqual({
      type: "jump",
      pos: second!.pos,
      index: 1,
    });
    expect(readerKeyAction(caret(third!.pos), paragraphs, key("ArrowDown", { altKey: true }))).toBeNull();
    expect(readerKeyAction(caret(first!.pos), paragraphs, key("ArrowUp", { altKey: true }))).toBeNull();
    expect(
      readerKeyAction(caret(first!.pos), paragraphs, key("ArrowDown", { altKey: true, shiftKey: true })),
    ).toBeNull();
  });
});
