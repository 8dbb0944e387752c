"use client";

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";
import type { Editor } from "@tiptap/core";
import type { EditorView } from "@tiptap/pm/view";
import { offsetToPos, positionsToRange, posToOffset, splitParagraphs } from "@/lib/anchors/paragraphs";
import { parseSelection, type SelectionPrefill } from "@/lib/claims/parse-selection";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { renderHighlightedParagraphs } from "@/lib/editor/static-html";
import { suggestionKey } from "@/lib/editor/suggestion-key";
import { ClaimPanel } from "./claim-panel";
import { ClaimStore, toSpan } from "./claim-store";
import { ClaimTooltip } from "./claim-tooltip";
import type { Claim, ClaimFields, ReaderActor, Suggestion } from "./claim-types";
import { claimsApi } from "./claims-api";
import { KeyboardHelp } from "./keyboard-help";
import { Legend } from "./legend";
import { claimsCovering, hitAt, innermost, selectionOffsets } from "./reader-dom";
import { readerKeyAction, type ReaderSelection } from "./reader-keys";
import { markEditorLive, markReady, measureAddClaim, whenIdle } from "./reader-timing";
import { SuggestionPopover } from "./suggestion-popover";
import { useSuggestions } from "./use-suggestions";
import { TagPopover, type PopoverAnchor } from "./tag-popover";
import { EDITOR_ROOT_ATTRIBUTES, HIGHLIGHT_LOOK } from "./reader-look";
import { useReaderEditor } from "./use-reader-editor";
import { confirmDrawnText, fetchSource, initialSource, type DrawnProps, type ReaderSource } from "./reader-source";

/** The claim id in a `#claim-{id}` fragment, or null. */
function claimIdFromHash(hash: string): string | null {
  const match = /^#claim-(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** True if `outer` covers all of `inner` (the claims a linked claim sits inside). */
function encloses(outer: ClaimSpan | undefined, inner: ClaimSpan): boolean {
  return !!outer && outer.start <= inner.start && inner.end <= outer.end;
}

interface Tagging {
  prefill: SelectionPrefill;
  anchor: PopoverAnchor;
}

/**
 * The annotation reader: the article in a read-only TipTap editor with claims as decorations,
 * tagging by selection (mouse or keyboard), the claim panel and suggestions.
 *
 * The first paint is the text as plain `<p>`s with `<mark>`s, drawn on the server. The page is
 * interactive as soon as it has hydrated: hovering, clicking a highlight and the claim panel
 * work on that DOM. The editor is built after that (when the browser is idle, or on the first
 * press, focus or key in the text; see `useReaderEditor`), mounts on that very element and
 * adopts those paragraphs (nothing is rebuilt or moves), drawing with ProseMirror only the
 * paragraphs near the viewport (`LazyParagraph`).
 *
 * The article's text reaches the browser once, as that HTML: the page passes a handoff key,
 * the layout (`drawn-document.ts`) and the spans. Rendering on the server, the reader takes the
 * article from the handoff; hydrating, it reads the text back from the drawn DOM (and checks
 * it against the digest once interactive). After a client-side navigation (no server HTML)
 * the text comes in its props. When the DOM does not match, it fetches the article.
 */
export function AnnotationReader({
  articleId,
  drawn,
  actor,
  details,
}: {
  articleId: string;
  drawn: DrawnProps;
  actor: ReaderActor;
  details: ReactNode;
}) {
  const docId = `reader-doc-${articleId}`;
  const [source, setSource] = useState<ReaderSource | null>(() => initialSource(docId, drawn));
  const [failed, setFailed] = useState<string | null>(null);
  // The text read from the DOM was used at once; confirm it when the browser is idle.
  useEffect(() => {
    if (!source?.fromDom) return;
    return whenIdle(() => {
      if (!confirmDrawnText(source, drawn)) setSource(null);
    }, 2000);
  }, [source, drawn]);
  useEffect(() => {
    if (source) return;
    let cancelled = false;
    fetchSource(articleId)
      .then((fetched) => !cancelled && setSource(fetched))
      .catch(
        (error: unknown) =>
          !cancelled && setFailed(error instanceof Error ? error.message : "Could not load the article."),
      );
    return () => {
      cancelled = true;
    };
  }, [source, articleId]);

  if (!source) {
    return (
      <div className="article-layout">
        <section className="card reading" aria-label="Article text" aria-busy={failed ? undefined : "true"}>
          <p
            className={failed ? "reader-loading reader-loading--failed" : "reader-loading muted"}
            role={failed ? "alert" : undefined}
          >
            {failed ? `${failed} Reload the page to try again.` : "Loading the article…"}
          </p>
        </section>
        <aside className="reader-side" aria-label="Claims and details">
          {details}
        </aside>
      </div>
    );
  }
  return <ReaderBody articleId={articleId} source={source} actor={actor} details={details} />;
}

function ReaderBody({
  articleId,
  source,
  actor,
  details,
}: {
  articleId: string;
  source: ReaderSource;
  actor: ReaderActor;
  details: ReactNode;
}) {
  const { text, spans } = source;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const [store] = useState(() => new ClaimStore(spans));
  const docId = `reader-doc-${articleId}`;
  // Hydration keeps the server's HTML as it is (React does not compare inner HTML): `html` is
  // empty then. A reader mounted in the browser draws the text itself.
  const [staticHtml] = useState(
    () => source.html ?? renderHighlightedParagraphs(text, paragraphs, spans, HIGHLIGHT_LOOK),
  );
  const cardRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const docRef = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  const [tagging, setTagging] = useState<Tagging | null>(null);
  const [selected, setSelected] = useState<{ id: string; here: string[] } | null>(null);
  const [openSuggestion, setOpenSuggestion] = useState<{ suggestion: Suggestion; anchor: PopoverAnchor } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  /** Pixel position inside the reading card just below a viewport rectangle. */
  const anchorBelow = useCallback((rect: { left: number; bottom: number }): PopoverAnchor => {
    const card = cardRef.current?.getBoundingClientRect();
    if (!card) return { top: 0, left: 0 };
    const width = Math.min(400, card.width - 16);
    return {
      top: rect.bottom - card.top + 8,
      left: Math.max(8, Math.min(rect.left - card.left - 24, card.width - width - 8)),
    };
  }, []);

  const openClaimsAt = useCallback(
    (ids: string[]) => {
      const id = innermost(ids, (i) => store.span(i));
      if (!id) return false;
      const here = [...new Set(ids)].sort(
        (a, b) =>
          (store.span(a)?.end ?? 0) -
          (store.span(a)?.start ?? 0) -
          ((store.span(b)?.end ?? 0) - (store.span(b)?.start ?? 0)),
      );
      setSelected({ id, here });
      return true;
    },
    [store],
  );

  // The editor once built, for code that must not build it (reading a selection, catching up).
  const built = useRef<Editor | null>(null);
  const { ensure, whenBuilt } = useReaderEditor({
    mountRef: docRef,
    text,
    paragraphs,
    drawnSpans: spans,
    handlers: {
      onKeyDown: (view, event) => onKeyDown(view, event),
      onKeyBeforeBuilt: (event) => onKeyBeforeEditor(event),
      onDrawn: () => onDrawn(),
      onBuilt: (e) => onBuilt(e),
    },
  });
  const suggestions = useSuggestions({ articleId, getEditor: whenBuilt, announce: setAnnouncement });

  /** Brings a just-built editor (drawn as the server drew the claims) up to date with the store. */
  const onBuilt = (e: Editor) => {
    built.current = e;
    const current = new Map([...store.allSpans()].map((s) => [s.id, s]));
    for (const s of spans) if (!current.has(s.id)) e.commands.removeClaim(s.id);
    const drawn = new Map(spans.map((s) => [s.id, s]));
    for (const s of current.values()) {
      const was = drawn.get(s.id);
      if (!was || was.start !== s.start || was.end !== s.end || was.kind !== s.kind) e.commands.upsertClaim(s);
    }
  };

  const startTagging = (from: number, to: number) => {
    if (!actor.canWrite) return;
    const editor = ensure();
    // Not built yet (its code is still loading): tag once it is.
    if (!editor) return void whenBuilt().then((e) => e && startTagging(from, to));
    const range = positionsToRange(paragraphs, from, to);
    if (!range) return;
    const prefill = parseSelection({ text, start: range.start, end: range.end });
    if (!prefill.exact) return;
    // The selection becomes the snapped span, so what is selected is what will be tagged.
    editor
      .chain()
      .setTextSelection({ from: offsetToPos(paragraphs, prefill.start), to: offsetToPos(paragraphs, prefill.end, -1) })
      .setPendingSpan({ start: prefill.start, end: prefill.end })
      .run();
    const coords = editor.view.coordsAtPos(offsetToPos(paragraphs, prefill.end, -1), -1);
    setOpenSuggestion(null);
    setTagging({ prefill, anchor: anchorBelow(coords) });
  };

  const openSuggestionAt = (suggestion: Suggestion | undefined, rect: { left: number; bottom: number }) => {
    if (!suggestion) return false;
    setTagging(null);
    setOpenSuggestion({ suggestion, anchor: anchorBelow(rect) });
    return true;
  };

  /**
   * Carries out a reader key. `coordsAt` gives the screen position of an editor position (for
   * anchoring a popover); `jump` moves the caret.
   */
  const runKey = (
    selection: ReaderSelection,
    event: KeyboardEvent,
    coordsAt: (pos: number) => { left: number; bottom: number },
    jump: (pos: number, index: number) => void,
  ): boolean => {
    const action = readerKeyAction(selection, paragraphs, event);
    if (!action) return false;
    if (action.type === "tag") startTagging(action.from, action.to);
    else if (action.type === "jump") jump(action.pos, action.index);
    else if (action.type === "close") {
      if (!selected) return false;
      setSelected(null);
    } else {
      const offset = posToOffset(paragraphs, action.pos);
      if (openSuggestionAt(suggestions.at(offset), coordsAt(action.pos))) return true;
      if (!openClaimsAt(claimsCovering(store.allSpans(), offset))) setAnnouncement("No claim at the caret.");
    }
    return true;
  };

  /**
   * The selection as the browser shows it, in editor positions, or null when it is not in the
   * text. Read from the DOM whether or not the editor is built: the editor learns of a native
   * caret move (an arrow key, a drag) only when the browser's selectionchange event comes, a
   * task later, and a key or mouseup handled before then must not act on the old selection.
   */
  const shownSelection = (): ReaderSelection | null => {
    const root = docRef.current;
    const offsets = root ? selectionOffsets(root, paragraphs) : null;
    if (!offsets) return null;
    const from = Math.min(offsets.anchor, offsets.head);
    const to = Math.max(offsets.anchor, offsets.head);
    return { from: offsetToPos(paragraphs, from), to: offsetToPos(paragraphs, to, -1), empty: from === to };
  };

  const onKeyDown = (view: EditorView, event: KeyboardEvent): boolean =>
    runKey(
      shownSelection() ?? view.state.selection,
      event,
      (pos) => view.coordsAtPos(pos),
      (pos) => ensure()?.chain().setTextSelection(pos).scrollIntoView().run(),
    );

  /** A key pressed in the text before the editor is built: the same keys, on the browser's own selection. */
  const onKeyBeforeEditor = (event: KeyboardEvent): boolean => {
    const root = docRef.current;
    const selection = shownSelection();
    if (!root || !selection) return false;
    const caretRect = () => window.getSelection()?.getRangeAt(0).getBoundingClientRect() ?? { left: 0, bottom: 0 };
    return runKey(selection, event, caretRect, (_pos, index) => {
      const paragraph = root.children[index];
      if (!paragraph) return;
      window.getSelection()?.collapse(paragraph.firstChild ?? paragraph, 0);
      paragraph.scrollIntoView({ block: "nearest" });
    });
  };

  useLayoutEffect(() => {
    performance.mark("reader:hydrated");
  }, []);

  // Hydrated: every handler is attached and every highlight is on screen.
  useEffect(() => {
    setLive(true);
    if (textRef.current) markReady(textRef.current);
  }, []);

  const drawnOnce = useRef(false);
  const onDrawn = () => {
    if (drawnOnce.current) return;
    drawnOnce.current = true;
    markEditorLive();
  };

  // Full claims (values, status, author) arrive once the reader is usable.
  useEffect(() => {
    if (!live) return;
    if (source.claims) {
      store.load(source.claims, store.getVersion());
      performance.mark("reader:details");
      return;
    }
    let cancelled = false;
    const since = store.getVersion();
    claimsApi
      .list(articleId)
      .then(({ items }) => {
        if (cancelled) return;
        const { changed, removed } = store.load(items, since);
        // An editor built later catches up from the store itself.
        const editor = built.current;
        for (const id of removed) editor?.commands.removeClaim(id);
        for (const span of changed) editor?.commands.upsertClaim(span);
        performance.mark("reader:details");
      })
      .catch(() => setAnnouncement("Could not load the claims' details; reload the page to try again."));
    return () => {
      cancelled = true;
    };
  }, [live, articleId, store, source.claims]);

  // `#claim-{id}` (links from the claims table, the review queue, clusters): once the editor
  // has taken over, put the caret at the claim's start (which draws its paragraph), scroll its
  // highlight to the middle of the view and open it in the side panel. Also on later hash changes.
  useEffect(() => {
    if (!live) return;
    const openFromHash = () => {
      const id = claimIdFromHash(window.location.hash);
      if (id === null) return;
      const span = store.span(id);
      if (!span) {
        setAnnouncement("The linked claim is not in this article any more.");
        return;
      }
      const reveal = () =>
        textRef.current?.querySelector(`[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center" });
      reveal();
      // The editor, once built, draws the claim's paragraph itself (it replaces the server's):
      // reveal the claim again after that.
      void whenBuilt().then((editor) => {
        if (!editor) return;
        editor.commands.setTextSelection(offsetToPos(paragraphs, span.start));
        reveal();
      });
      openClaimsAt([
        id,
        ...claimsCovering(store.allSpans(), span.start).filter(
          (other) => other !== id && encloses(store.span(other), span),
        ),
      ]);
    };
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
    return () => window.removeEventListener("hashchange", openFromHash);
  }, [live, whenBuilt, store, paragraphs, openClaimsAt]);

  const closeTagging = () => {
    ensure()?.chain().setPendingSpan(null).focus().run();
    setTagging(null);
  };

  const showClaim = (claim: Claim, how: string) => {
    ensure()?.commands.upsertClaim(toSpan(claim));
    store.upsert(claim);
    setAnnouncement(how);
  };

  const saveTagging = async (fields: ClaimFields) => {
    const editor = ensure();
    if (!tagging || !editor) return;
    const { start, end, exact } = tagging.prefill;
    await measureAddClaim(
      () => claimsApi.create(articleId, { start, end, exact }, fields),
      (claim) => {
        // One editor transaction (highlight in, pending span out, caret after the claim) and
        // one synchronous React commit (form closed, legend counted), so the measured time is
        // all the browser does before painting the result.
        editor
          .chain()
          .setPendingSpan(null)
          .upsertClaim(toSpan(claim))
          .setTextSelection(offsetToPos(paragraphs, claim.end, -1))
          .focus()
          .run();
        flushSync(() => {
          store.upsert(claim);
          setTagging(null);
          setAnnouncement(`Claim saved: “${claim.exact}”.`);
        });
      },
    );
  };

  const onMouseUp = (e: ReactMouseEvent<HTMLDivElement>) => {
    const root = textRef.current;
    if (e.button !== 0 || !root) return;
    const target = e.target;
    const rect = target instanceof Element ? target.getBoundingClientRect() : { left: e.clientX, bottom: e.clientY };
    // After the browser has finished the selection (and handled the click) on this mouseup.
    window.setTimeout(() => {
      const selection = shownSelection();
      if (selection && !selection.empty) return startTagging(selection.from, selection.to);
      const hit = hitAt(target, root);
      if (hit.suggestionKey && openSuggestionAt(suggestions.get(hit.suggestionKey), rect)) return;
      openClaimsAt(hit.claimIds);
    });
  };

  const canWrite = actor.canWrite && live;
  return (
    <div className="article-layout">
      <section ref={cardRef} className="card reading" aria-label="Article text">
        <div className="reader-toolbar">
          <p className="reader-toolbar__hint muted">
            {canWrite
              ? "Select text to tag a claim; click a highlight to open it."
              : "Click a highlight to open its claim."}
          </p>
          <KeyboardHelp />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setOpenSuggestion(null);
              void suggestions.toggle();
            }}
            disabled={!live || suggestions.busy}
            aria-pressed={suggestions.shown !== null}
          >
            {suggestions.busy
              ? "Finding…"
              : suggestions.shown
                ? `Hide suggestions (${suggestions.shown.size})`
                : "Suggest claims"}
          </button>
        </div>
        <div ref={textRef} className="reader-text" onMouseUp={onMouseUp} data-ready={live ? "true" : undefined}>
          <div
            ref={docRef}
            id={docId}
            {...EDITOR_ROOT_ATTRIBUTES}
            dangerouslySetInnerHTML={{ __html: staticHtml }}
            suppressHydrationWarning
          />
        </div>
        {selected ? (
          // Marks the open claim without a transaction: a selector on its id is enough.
          <style>{`.reader-text [data-claim-id="${CSS.escape(selected.id)}"] { box-shadow: 0 0 0 2px var(--hl); }`}</style>
        ) : null}
        <ClaimTooltip rootRef={textRef} store={store} />
        {tagging ? (
          <TagPopover
            title="Tag claim"
            exact={tagging.prefill.exact}
            initial={tagging.prefill}
            anchor={tagging.anchor}
            onSave={saveTagging}
            onCancel={closeTagging}
          />
        ) : null}
        {openSuggestion ? (
          <SuggestionPopover
            key={suggestionKey(openSuggestion.suggestion)}
            suggestion={openSuggestion.suggestion}
            anchor={openSuggestion.anchor}
            onAccept={async (fields) => {
              const claim = await suggestions.accept(openSuggestion.suggestion, fields);
              setOpenSuggestion(null);
              showClaim(claim, `Suggestion accepted as a draft claim: “${claim.exact}”.`);
            }}
            onDismiss={async () => {
              await suggestions.dismiss(openSuggestion.suggestion);
              setOpenSuggestion(null);
              ensure()?.commands.focus();
            }}
            onClose={() => {
              setOpenSuggestion(null);
              ensure()?.commands.focus();
            }}
          />
        ) : null}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </section>

      <aside className="reader-side" aria-label="Claims and details">
        {selected ? (
          <ClaimPanel
            key={selected.id}
            store={store}
            claimId={selected.id}
            here={selected.here}
            actor={actor}
            onSelect={(id) => setSelected((s) => (s ? { ...s, id } : s))}
            onClose={() => {
              setSelected(null);
              ensure()?.commands.focus();
            }}
            onSaved={(claim) => showClaim(claim, "Claim updated.")}
            onDeleted={(id) => {
              ensure()?.commands.removeClaim(id);
              store.remove(id);
              setSelected(null);
              setAnnouncement("Claim deleted.");
            }}
          />
        ) : null}
        <Legend store={store} />
        {details}
      </aside>
    </div>
  );
}
