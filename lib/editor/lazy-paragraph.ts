/**
 * A paragraph node that can take over server-rendered paragraphs instead of drawing them, and
 * draws each one with ProseMirror only once it comes near the viewport.
 *
 * Why: ProseMirror always builds its own DOM, so mounting an editor over a long article that
 * the server already drew means building and laying out the whole text a second time. With
 * `adopt`, the editor is mounted on the server's element (`element: { mount }`) and each
 * paragraph's node view *is* the server's `<p>` (same text, same highlight markup, already
 * laid out): nothing is rebuilt. An IntersectionObserver then hands the paragraphs near the
 * viewport to ProseMirror, which draws them with their decorations, so selection, caret and
 * decoration updates work wherever the reader is looking. A paragraph is also drawn as soon as
 * its decorations change or the pointer goes down in it.
 *
 * Until a paragraph is drawn, ProseMirror ignores what happens inside it (no selection
 * mapping); its server markup must therefore be exactly what the decorations would draw.
 *
 * A paragraph drawn in place of one already on the page keeps that one's height as its size
 * estimate (`contain-intrinsic-block-size`): paragraphs are `content-visibility: auto`, and a
 * new element would otherwise stand in at the style sheet's estimate until a rendering lays it
 * out, moving the text below it (by hundreds of pixels for a run of short paragraphs) under
 * the reader's eyes and pointer. The document is read-only, so positions stay put.
 */
import { Node } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { EditorView } from "@tiptap/pm/view";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export interface LazyParagraphOptions {
  /**
   * Returns the server-rendered element for the paragraph at `index` (0-based, document
   * order), or null to draw it normally. Called only while the editor mounts; the element
   * must already sit in the mount element, in order, and its text must equal the paragraph's
   * (checked: a mismatch falls back to drawing).
   * @default null
   */
  adopt: ((index: number) => HTMLElement | null) | null;
  /**
   * How far beyond the viewport paragraphs are drawn (IntersectionObserver `rootMargin`).
   * @default "100% 0px"
   */
  rootMargin: string;
  /**
   * Called once the editor has mounted (with the paragraphs on screen drawn) and after each
   * later batch of adopted paragraphs handed to ProseMirror, with how many are still undrawn.
   * @default null
   */
  onDrawn: ((remaining: number) => void) | null;
}

interface LazyParagraphStorage {
  /** True until the editor has finished mounting: adopted paragraphs accept their first decorations. */
  adopting: boolean;
  /** Set once mounting has passed a paragraph below the viewport: every later one is below too. */
  belowViewport: boolean;
  /** Adopted, not yet drawn paragraphs: element → its position. */
  adopted: Map<HTMLElement, () => number | undefined>;
  /** Adopted paragraphs by position (the document is read-only: positions do not move). */
  adoptedAt: Map<number, HTMLElement>;
  /** Heights to keep for paragraphs about to be drawn anew, by position. */
  keptHeights: Map<number, number>;
}

const lazyParagraphKey = new PluginKey<DecorationSet>("lazyParagraph");

/** Marks a paragraph as drawn; a node decoration without attributes, so it renders nothing. */
const drawnMarker = (pos: number, size: number) => Decoration.node(pos, pos + size, {}, { lazyParagraphDrawn: true });

/** Remembers the on-screen heights of the adopted paragraphs at these positions, read in one go. */
function keepHeights(storage: LazyParagraphStorage, positions: readonly number[]): void {
  for (const pos of positions) {
    const el = storage.adoptedAt.get(pos);
    if (el?.isConnected) storage.keptHeights.set(pos, el.getBoundingClientRect().height);
  }
}

/** Hands the adopted paragraphs at these positions to ProseMirror (one transaction). */
function draw(view: EditorView, storage: LazyParagraphStorage, positions: readonly number[]): void {
  keepHeights(storage, positions);
  const markers = positions.flatMap((pos) => {
    const node = view.state.doc.nodeAt(pos);
    return node ? [drawnMarker(pos, node.nodeSize)] : [];
  });
  if (markers.length > 0)
    view.dispatch(view.state.tr.setMeta(lazyParagraphKey, markers).setMeta("addToHistory", false));
}

/**
 * Whether a server paragraph is on screen while the editor mounts: those are drawn at once, in
 * the mount's own render, so the text in view takes selections as soon as the editor exists.
 * Node views are created in document order, so after the first paragraph below the viewport
 * no more layout is read.
 */
function onScreenAtMount(el: HTMLElement, storage: LazyParagraphStorage): DOMRect | null {
  if (storage.belowViewport || typeof window === "undefined") return null;
  const rect = el.getBoundingClientRect();
  if (rect.top > window.innerHeight) storage.belowViewport = true;
  return rect.bottom >= 0 && rect.top <= window.innerHeight ? rect : null;
}

export const LazyParagraph = Node.create<LazyParagraphOptions, LazyParagraphStorage>({
  name: "paragraph",
  group: "block",
  content: "text*",
  marks: "",

  addOptions() {
    return { adopt: null, rootMargin: "100% 0px", onDrawn: null };
  },

  addStorage() {
    return { adopting: true, belowViewport: false, adopted: new Map(), adoptedAt: new Map(), keptHeights: new Map() };
  },

  parseHTML() {
    return [{ tag: "p" }];
  },

  renderHTML() {
    return ["p", 0];
  },

  addNodeView() {
    const { adopt } = this.options;
    const storage = this.storage;
    // Paragraph index by position, built once per document: resolving each position would scan
    // the doc's children every time, quadratic over a long article.
    let indexed: { doc: PMNode; index: Map<number, number> } | null = null;
    const indexAt = (doc: PMNode, pos: number): number | undefined => {
      if (indexed?.doc !== doc) {
        const index = new Map<number, number>();
        doc.forEach((_child, offset, i) => index.set(offset, i));
        indexed = { doc, index };
      }
      return indexed.index.get(pos);
    };
    return ({ node, view, getPos, decorations }) => {
      const drawn = decorations.some((d) => (d.spec as { lazyParagraphDrawn?: boolean }).lazyParagraphDrawn);
      const pos = getPos();
      const index = !drawn && storage.adopting && adopt && pos !== undefined ? indexAt(view.state.doc, pos) : undefined;
      const existing = adopt && index !== undefined ? adopt(index) : null;
      const same = existing !== null && existing.textContent === node.textContent;
      const onScreen = same ? onScreenAtMount(existing, storage) : null;
      if (same && !onScreen && pos !== undefined) {
        storage.adopted.set(existing, getPos);
        storage.adoptedAt.set(pos, existing);
        return {
          dom: existing,
          // While mounting, the decorations that arrive are the ones the server drew; any
          // later change (or the drawn marker) rebuilds this paragraph as a drawn one.
          update: () => storage.adopting,
          ignoreMutation: () => true,
          destroy: () => {
            storage.adopted.delete(existing);
            if (storage.adoptedAt.get(pos) === existing) storage.adoptedAt.delete(pos);
          },
        };
      }
      const p = document.createElement("p");
      const kept = onScreen?.height ?? (pos !== undefined ? storage.keptHeights.get(pos) : undefined);
      if (pos !== undefined) storage.keptHeights.delete(pos);
      if (kept) p.style.containIntrinsicBlockSize = `auto ${kept}px`;
      return { dom: p, contentDOM: p };
    };
  },

  addProseMirrorPlugins() {
    const { rootMargin, onDrawn } = this.options;
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key: lazyParagraphKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const markers = tr.getMeta(lazyParagraphKey) as Decoration[] | undefined;
            const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
            return markers ? mapped.add(tr.doc, markers) : mapped;
          },
        },
        // Wherever the selection goes (a jump, select-all's ends, a search), its paragraphs are
        // drawn in the same update, so ProseMirror never has to map a selection into one it
        // does not draw.
        appendTransaction(transactions, oldState, newState) {
          if (
            storage.adopted.size === 0 ||
            !transactions.some((tr) => tr.selectionSet) ||
            newState.selection.eq(oldState.selection)
          )
            return null;
          const drawn = lazyParagraphKey.getState(newState) ?? DecorationSet.empty;
          const markers: Decoration[] = [];
          for (const $pos of [newState.selection.$from, newState.selection.$to]) {
            if ($pos.depth === 0) continue;
            const start = $pos.before(1);
            const node = newState.doc.nodeAt(start);
            const marked =
              drawn.find(start, start + 1, (spec: { lazyParagraphDrawn?: boolean }) => spec.lazyParagraphDrawn === true)
                .length > 0;
            if (node && !marked && !markers.some((m) => m.from === start))
              markers.push(drawnMarker(start, node.nodeSize));
          }
          keepHeights(
            storage,
            markers.map((m) => m.from),
          );
          return markers.length > 0
            ? newState.tr.setMeta(lazyParagraphKey, markers).setMeta("addToHistory", false)
            : null;
        },
        props: {
          decorations: (state) => lazyParagraphKey.getState(state),
          handleDOMEvents: {
            // A press in an undrawn paragraph (scrolled there faster than the observer) draws
            // it first, so the selection starts in ProseMirror's DOM.
            mousedown: (view, event) => {
              for (
                let el = event.target instanceof HTMLElement ? event.target : null;
                el && el !== view.dom;
                el = el.parentElement
              ) {
                const pos = storage.adopted.get(el)?.();
                if (pos !== undefined) draw(view, storage, [pos]);
              }
              return false;
            },
          },
        },
        // Plugin views are created after the mount's first decorated update, which ends adoption.
        view(view) {
          storage.adopting = false;
          onDrawn?.(storage.adopted.size);
          if (storage.adopted.size === 0 || typeof IntersectionObserver === "undefined") return {};
          // Paragraphs that came into view while a button is held down in the text wait for its
          // release: an update during a press would set the browser's selection from the
          // editor's (ProseMirror does until the pointer has moved a few pixels), and the drag
          // the reader has begun would lose where it started.
          let pressed = false;
          const waiting = new Set<HTMLElement>();
          const drawAdopted = (elements: Iterable<HTMLElement>) => {
            const positions: number[] = [];
            for (const el of elements) {
              const pos = storage.adopted.get(el)?.();
              if (pos !== undefined) positions.push(pos);
            }
            if (positions.length === 0) return;
            draw(view, storage, positions);
            onDrawn?.(storage.adopted.size);
          };
          const observer = new IntersectionObserver(
            (entries) => {
              const came: HTMLElement[] = [];
              for (const entry of entries) {
                if (!entry.isIntersecting || !storage.adopted.has(entry.target as HTMLElement)) continue;
                observer.unobserve(entry.target);
                came.push(entry.target as HTMLElement);
              }
              if (pressed) for (const el of came) waiting.add(el);
              else drawAdopted(came);
            },
            { rootMargin },
          );
          for (const el of storage.adopted.keys()) observer.observe(el);
          const press = (event: PointerEvent) => {
            if (event.button === 0) pressed = true;
          };
          // After the release's own handlers: the reader reads the selection a drag made one task
          // after the mouseup, which comes after this pointerup.
          let timer: number | undefined;
          const release = () => {
            if (!pressed) return;
            pressed = false;
            window.clearTimeout(timer);
            timer = window.setTimeout(() => {
              timer = window.setTimeout(() => {
                if (pressed || view.isDestroyed) return;
                const came = [...waiting];
                waiting.clear();
                drawAdopted(came);
              });
            });
          };
          view.dom.addEventListener("pointerdown", press, true);
          window.addEventListener("pointerup", release, true);
          window.addEventListener("pointercancel", release, true);
          return {
            destroy: () => {
              observer.disconnect();
              window.clearTimeout(timer);
              view.dom.removeEventListener("pointerdown", press, true);
              window.removeEventListener("pointerup", release, true);
              window.removeEventListener("pointercancel", release, true);
            },
          };
        },
      }),
    ];
  },
});
