// Headless: the editor is never mounted, so this runs in plain Node like the other unit tests.
import { describe, expect, it } from "vitest";
import { Editor } from "@tiptap/core";
import type { Decoration } from "@tiptap/pm/view";
import { buildDocJSON, rangeToPositions, splitParagraphs } from "@/lib/anchors/paragraphs";
import { ClaimHighlights, getClaimHighlights } from "./claim-highlights";
import type { ClaimSpan } from "./claim-spans";
import { PendingSpan, pendingSpanKey } from "./pending-span";
import { ReadOnlyText } from "./read-only-text";
import { readerSchemaExtensions } from "./reader-schema";
import { SuggestionHighlights, suggestionHighlightsKey } from "./suggestion-highlights";
import { suggestionKey } from "./suggestion-key";

const text =
  "Russia has been one of Syria’s few allies.\n\nThe war has left over 30,000 people dead, officials said.\n\nTalks resume Monday.";
const paragraphs = splitParagraphs(text);
const span = (id: string, phrase: string, kind = "casualty"): ClaimSpan => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(phrase);
  return { id, start, end: start + phrase.length, kind };
};

/**
 * An unmounted editor whose state carries the extensions' plugins (TipTap adds them when it
 * mounts a view; commands on an unmounted editor still run through its state).
 */
function editorWith(claims: ClaimSpan[] = []) {
  const editor = new Editor({
    element: null,
    // The core keymap sniffs `navigator`, which Node 20 lacks; keys are not under test here.
    enableCoreExtensions: { keymap: false },
    extensions: [
      ...readerSchemaExtensions,
      ReadOnlyText,
      ClaimHighlights.configure({ paragraphs, claims }),
      SuggestionHighlights.configure({ paragraphs }),
      PendingSpan.configure({ paragraphs }),
    ],
    content: buildDocJSON(text, paragraphs),
  });
  editor.view.updateState(editor.state.reconfigure({ plugins: editor.extensionManager.plugins }));
  return editor;
}

/** Each highlight as [claim id, covered text, class] in document order. */
function drawn(editor: Editor): [string, string, string][] {
  const state = getClaimHighlights(editor.state);
  if (!state) throw new Error("no plugin state");
  return state.decorations
    .find()
    .sort((a, b) => a.from - b.from || b.to - a.to)
    .map((d: Decoration) => [
      (d.spec as { claimId: string }).claimId,
      editor.state.doc.textBetween(d.from, d.to, "¶"),
      String((d as unknown as { type: { attrs: { class: string } } }).type.attrs.class),
    ]);
}

describe("ClaimHighlights", () => {
  it("draws the initial claims at their text, with only the id as data", () => {
    const editor = editorWith([span("a", "over 30,000 people dead")]);
    expect(drawn(editor)).toEqual([
      ["a", "over 30,000 people dead", "claim-highlight claim-highlight--casualty claim-highlight--h0"],
    ]);
    editor.destroy();
  });

  it("adds, nests and removes claims without touching the document", () => {
    const editor = editorWith([span("outer", "The war has left over 30,000 people dead, officials said.", "quote")]);
    const doc = editor.state.doc;
    editor.commands.upsertClaim(span("inner", "30,000 people"));
    expect(editor.state.doc).toBe(doc);
    expect(drawn(editor)).toEqual([
      [
        "outer",
        "The war has left over 30,000 people dead, officials said.",
        "claim-highlight claim-highlight--quote claim-highlight--h1",
      ],
      ["inner", "30,000 people", "claim-highlight claim-highlight--casualty claim-highlight--h0"],
    ]);
    editor.commands.removeClaim("inner");
    expect(drawn(editor)).toEqual([
      [
        "outer",
        "The war has left over 30,000 people dead, officials said.",
        "claim-highlight claim-highlight--quote claim-highlight--h0",
      ],
    ]);
    editor.destroy();
  });

  it("keeps overlapping and identical claims apart, and caps the drawn height", () => {
    const editor = editorWith([
      span("s", "The war has left over 30,000 people dead, officials said."),
      span("m", "over 30,000 people dead"),
      span("i", "30,000"),
      span("p", "people dead, officials"),
      span("twin", "30,000", "quantity"),
    ]);
    const byId = new Map(drawn(editor).map(([id, covered, cls]) => [id, { covered, cls }]));
    expect(byId.get("s")?.cls).toContain("--h2");
    expect(byId.get("m")?.cls).toContain("--h1");
    expect(byId.get("i")?.cls).toContain("--h0");
    expect(byId.get("twin")).toEqual({
      covered: "30,000",
      cls: "claim-highlight claim-highlight--quantity claim-highlight--h0",
    });
    expect(byId.get("p")?.covered).toBe("people dead, officials");
    editor.destroy();
  });

  it("redraws a claim whose kind or span changed, and ignores an unchanged upsert", () => {
    const editor = editorWith([span("a", "30,000 people")]);
    const before = getClaimHighlights(editor.state);
    editor.commands.upsertClaim(span("a", "30,000 people"));
    expect(getClaimHighlights(editor.state)).toBe(before);
    editor.commands.upsertClaim(span("a", "over 30,000 people dead", "quantity"));
    expect(drawn(editor)).toEqual([
      ["a", "over 30,000 people dead", "claim-highlight claim-highlight--quantity claim-highlight--h0"],
    ]);
    editor.destroy();
  });

  it("draws a claim across a paragraph break over both paragraphs' text only", () => {
    const start = text.indexOf("allies.");
    const end = text.indexOf("The war") + "The war".length;
    const editor = editorWith([{ id: "x", start, end, kind: "event" }]);
    expect(drawn(editor).map(([, covered]) => covered)).toEqual(["allies.¶The war"]);
    editor.destroy();
  });

  it("replaces everything with setClaims", () => {
    const editor = editorWith([span("a", "30,000 people")]);
    editor.commands.setClaims([span("b", "Talks resume Monday.", "event")]);
    expect(drawn(editor).map(([id]) => id)).toEqual(["b"]);
    editor.destroy();
  });
});

describe("ReadOnlyText", () => {
  it("refuses every change to the document but lets the selection move", () => {
    const editor = editorWith();
    const doc = editor.state.doc;
    editor.commands.insertContentAt(1, { type: "text", text: "zzz" });
    editor.commands.deleteRange({ from: 1, to: 5 });
    expect(editor.state.doc).toBe(doc);
    const range = rangeToPositions(paragraphs, 0, 6);
    if (!range) throw new Error("no range");
    editor.commands.setTextSelection(range);
    expect(editor.state.selection.from).toBe(range.from);
    expect(editor.state.selection.to).toBe(range.to);
    editor.destroy();
  });
});

describe("ClaimHighlights names", () => {
  const labels = (editor: Editor) =>
    (getClaimHighlights(editor.state)?.decorations.find() ?? []).map(
      (d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs["aria-label"],
    );

  it("names a highlight once its label is known, in one transaction for many, keeping the nesting", () => {
    const outer = span("outer", "over 30,000 people dead");
    const inner = span("inner", "30,000 people");
    const editor = editorWith([outer, inner]);
    const before = drawn(editor);
    expect(labels(editor)).toEqual([undefined, undefined]);
    editor.commands.upsertClaims([
      { ...outer, label: "Casualty claim, Draft, by Ada: “over 30,000 people dead”" },
      { ...inner, label: "Casualty claim, Draft, by Ada: “30,000 people”" },
    ]);
    expect(drawn(editor)).toEqual(before);
    expect(labels(editor).sort()).toEqual([
      "Casualty claim, Draft, by Ada: “30,000 people”",
      "Casualty claim, Draft, by Ada: “over 30,000 people dead”",
    ]);
    editor.commands.upsertClaim({ ...inner, label: "Casualty claim, Submitted, by Ada: “30,000 people”" });
    expect(labels(editor)).toContain("Casualty claim, Submitted, by Ada: “30,000 people”");
    expect(labels(editor)).toHaveLength(2);
    editor.destroy();
  });
});

describe("SuggestionHighlights and PendingSpan", () => {
  it("shows suggestions by key and hides one", () => {
    const editor = editorWith();
    const a = { ...span("-", "over 30,000 people dead"), kind: "casualty" };
    const b = { ...span("-", "Monday"), kind: "event" };
    editor.commands.setSuggestions([a, b]);
    const keys = () =>
      (suggestionHighlightsKey.getState(editor.state)?.find() ?? []).map(
        (d) => (d.spec as { spanKey: string }).spanKey,
      );
    expect(keys().sort()).toEqual([suggestionKey(a), suggestionKey(b)].sort());
    editor.commands.removeSuggestion(suggestionKey(a));
    expect(keys()).toEqual([suggestionKey(b)]);
    editor.destroy();
  });

  it("shows and clears the span being tagged", () => {
    const editor = editorWith();
    const s = span("-", "30,000 people");
    editor.commands.setPendingSpan(s);
    const found = pendingSpanKey.getState(editor.state)?.find() ?? [];
    expect(found.map((d) => editor.state.doc.textBetween(d.from, d.to))).toEqual(["30,000 people"]);
    editor.commands.setPendingSpan(null);
    expect(pendingSpanKey.getState(editor.state)?.find()).toEqual([]);
    editor.destroy();
  });
});
