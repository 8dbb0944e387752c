"use client";

import { useMemo, useState } from "react";
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import { renderHighlightedParagraphs } from "@/lib/editor/static-html";
import { ClaimStore } from "../claim-store";
import { HIGHLIGHT_LOOK } from "../reader-look";
import type { ReaderSource } from "../reader-source";

/** The article's paragraphs, the claim store over its spans, and the HTML the text is first drawn with. */
export function useReaderDocument({ text, spans, html }: ReaderSource) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const [store] = useState(() => new ClaimStore(spans));
  // Hydration keeps the server's HTML as it is (React does not compare inner HTML): `html` is
  // empty then. A reader mounted in the browser draws the text itself.
  const [staticHtml] = useState(() => html ?? renderHighlightedParagraphs(text, paragraphs, spans, HIGHLIGHT_LOOK));
  return { paragraphs, store, staticHtml };
}
