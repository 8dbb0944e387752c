"use client";

import { useEffect, useState } from "react";
import { confirmDrawnText, fetchSource, initialSource, type DrawnProps, type ReaderSource } from "../reader-source";
import { whenIdle } from "../reader-timing";

/**
 * The article the reader shows (`reader-source.ts` says where it comes from): at once when it
 * can be had synchronously, else fetched from the API, with `failed` saying why it could not be.
 * Text read back from the drawn DOM is used at once and checked against the server's digest when
 * the browser is idle; when it does not match, the article is fetched instead.
 */
export function useReaderSource(
  docId: string,
  articleId: string,
  drawn: DrawnProps,
  projectId: string | null,
): { source: ReaderSource | null; failed: string | null } {
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
    fetchSource(articleId, projectId)
      .then((fetched) => !cancelled && setSource(fetched))
      .catch(
        (error: unknown) =>
          !cancelled && setFailed(error instanceof Error ? error.message : "Could not load the article."),
      );
    return () => {
      cancelled = true;
    };
  }, [source, articleId, projectId]);
  return { source, failed };
}
