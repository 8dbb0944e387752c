/**
 * A small decoration plugin for transient spans identified by a string key (suggestions, the
 * span being tagged). Shared by the extensions that show them; claims have their own plugin
 * because they need nesting.
 */
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { rangeToPositions, type Paragraph } from "@/lib/anchors/paragraphs";

/** A span of the canonical text with a key unique among its siblings. */
export interface KeyedSpan {
  key: string;
  start: number;
  end: number;
  /** Kind of claim it stands for, when it has one (drawn as a class). */
  kind?: string;
}

/** How the spans are drawn. */
export interface KeyedSpanLook {
  paragraphs: readonly Paragraph[];
  tag: string;
  /** Class of every span's element. */
  className: string;
  /** Name of the data attribute that carries the key, e.g. "data-suggestion-key". */
  keyAttribute: string;
  /** Extra classes for one span (e.g. its kind). */
  classFor?: (span: KeyedSpan) => string;
}

export type KeyedSpanAction =
  { type: "set"; spans: readonly KeyedSpan[] } | { type: "remove"; keys: readonly string[] };

function decorate(span: KeyedSpan, look: KeyedSpanLook): Decoration[] {
  const range = rangeToPositions(look.paragraphs, span.start, span.end);
  if (range === null) return [];
  const extra = look.classFor?.(span);
  const attrs = {
    nodeName: look.tag,
    class: extra ? `${look.className} ${extra}` : look.className,
    [look.keyAttribute]: span.key,
  };
  return [Decoration.inline(range.from, range.to, attrs, { spanKey: span.key })];
}

/** Dispatch helper for commands: attaches the action to the transaction. */
export function sendKeyedSpanAction(key: PluginKey<DecorationSet>, action: KeyedSpanAction) {
  return ({ tr, dispatch }: { tr: Transaction; dispatch?: (tr: Transaction) => void }): boolean => {
    if (dispatch) tr.setMeta(key, action).setMeta("addToHistory", false);
    return true;
  };
}

/** A plugin whose state is the decoration set of the keyed spans, changed by `KeyedSpanAction` metas. */
export function keyedSpanPlugin(key: PluginKey<DecorationSet>, look: KeyedSpanLook): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, prev) {
        const set = tr.docChanged ? prev.map(tr.mapping, tr.doc) : prev;
        const action = tr.getMeta(key) as KeyedSpanAction | undefined;
        if (!action) return set;
        if (action.type === "set")
          return DecorationSet.create(
            tr.doc,
            action.spans.flatMap((s) => decorate(s, look)),
          );
        const keys = new Set(action.keys);
        return set.remove(
          set.find(
            undefined,
            undefined,
            (spec: { spanKey?: string }) => spec.spanKey !== undefined && keys.has(spec.spanKey),
          ),
        );
      },
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}
