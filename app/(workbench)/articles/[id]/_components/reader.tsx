"use client";

import { useRef, useState, type ReactNode } from "react";
import type { ReaderActor } from "./claim-types";
import { useCaretClaim } from "./hooks/use-caret-claim";
import { useClaimChanges } from "./hooks/use-claim-changes";
import { useClaimDetails } from "./hooks/use-claim-details";
import { useClaimSelection } from "./hooks/use-claim-selection";
import { useDeepLink } from "./hooks/use-deep-link";
import { useEditorCatchUp } from "./hooks/use-editor-catch-up";
import { useReaderDocument } from "./hooks/use-reader-document";
import { useReaderEditor } from "./hooks/use-reader-editor";
import { useReaderInput } from "./hooks/use-reader-input";
import { useReaderLive } from "./hooks/use-reader-live";
import { useReaderSource } from "./hooks/use-reader-source";
import { useSuggestions } from "./hooks/use-suggestions";
import { useTagging } from "./hooks/use-tagging";
import { ReaderSide } from "./panel/reader-side";
import { ClaimTooltip } from "./popovers/claim-tooltip";
import { ReaderPopovers } from "./popovers/reader-popovers";
import { ReaderLoading } from "./reader-loading";
import { EDITOR_ROOT_ATTRIBUTES } from "./reader-look";
import type { DrawnProps, ReaderSource } from "./reader-source";
import { ReaderToolbar } from "./reader-toolbar";
import { ReaderSchemaProvider, type ReaderSchema } from "./reader-schema";

interface ReaderProps {
  articleId: string;
  /** The project the reader tags in and its kinds (legend, popover, keys, colours follow them). */
  schema: ReaderSchema;
  actor: ReaderActor;
  details: ReactNode;
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
export function AnnotationReader({ drawn, ...props }: ReaderProps & { drawn: DrawnProps }) {
  const { source, failed } = useReaderSource(
    `reader-doc-${props.articleId}`,
    props.articleId,
    drawn,
    props.schema.projectId,
  );
  if (!source) return <ReaderLoading failed={failed} details={props.details} />;
  return (
    <ReaderSchemaProvider value={props.schema}>
      <ReaderBody {...props} source={source} />
    </ReaderSchemaProvider>
  );
}

function ReaderBody({ articleId, source, actor, details }: ReaderProps & { source: ReaderSource }) {
  const { text, spans } = source;
  const { paragraphs, store, staticHtml } = useReaderDocument(source);
  const cardRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const docRef = useRef<HTMLDivElement>(null);
  const [announcement, announce] = useState("");
  const selection = useClaimSelection(store);
  const catchUp = useEditorCatchUp(store, spans);
  const { ensure, whenBuilt } = useReaderEditor({
    mountRef: docRef,
    text,
    paragraphs,
    drawnSpans: spans,
    handlers: {
      onKeyDown: (view, event) => input.onKeyDown(view, event),
      onKeyBeforeBuilt: (event) => input.onKeyBeforeEditor(event),
      onDrawn: () => onDrawn(),
      onBuilt: (editor) => catchUp.onBuilt(editor),
    },
  });
  const suggestions = useSuggestions({ articleId, getEditor: whenBuilt, announce });
  const popovers = useTagging({
    ...{ articleId, actor, text, paragraphs, store, cardRef, ensure, whenBuilt, announce },
    openClaim: (id: string) => selection.openAt([id]),
  });
  const input = useReaderInput({
    paragraphs,
    docRef,
    textRef,
    store,
    suggestions,
    startTagging: popovers.startTagging,
    openSuggestionAt: popovers.openSuggestionAt,
    openClaimsAt: selection.openAt,
    panelOpen: selection.selected !== null,
    closePanel: selection.close,
    ensure,
    announce,
  });
  const { live, onDrawn } = useReaderLive(textRef);
  useClaimDetails({ live, articleId, store, claims: source.claims, onLoaded: catchUp.apply, announce });
  useDeepLink({ live, store, paragraphs, textRef, whenBuilt, openAt: selection.openAt, announce });

  useCaretClaim({ docRef, paragraphs, store, announce });
  const changes = useClaimChanges({ store, ensure, announce, closePanel: selection.close });
  const { selected } = selection;
  return (
    <div className="article-layout">
      <section ref={cardRef} className="card reading" aria-label="Article text">
        <ReaderToolbar
          canWrite={actor.canWrite && live}
          live={live}
          suggestions={suggestions}
          onToggleSuggestions={() => {
            popovers.dropSuggestion();
            void suggestions.toggle();
          }}
        />
        <div ref={textRef} className="reader-text" onMouseUp={input.onMouseUp} data-ready={live ? "true" : undefined}>
          <div
            ref={docRef}
            id={`reader-doc-${articleId}`}
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
        <ReaderPopovers
          popovers={popovers}
          suggestions={suggestions}
          onAccepted={(claim) => changes.show(claim, `Suggestion accepted as a draft claim: “${claim.exact}”.`)}
        />
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </section>

      <ReaderSide
        store={store}
        selected={selected}
        actor={actor}
        details={details}
        onSelect={selection.show}
        onOpen={(id) => selection.openAt([id])}
        onClose={changes.closePanel}
        onSaved={(claim) => changes.show(claim, "Claim updated.")}
        onDeleted={changes.remove}
      />
    </div>
  );
}
