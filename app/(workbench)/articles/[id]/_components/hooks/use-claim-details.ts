"use client";

import { useEffect } from "react";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import type { ClaimStore } from "../claim-store";
import type { Claim } from "../claim-types";
import { claimsApi } from "../claims-api";
import { useReaderSchema } from "../reader-schema";

/**
 * The claims' full fields (values, status, author), which the page leaves out to keep a heavily
 * annotated article's first paint light: taken from the source when they came with it, else
 * fetched once the reader is live. What the fetch changes is handed to `onLoaded` (the editor's
 * catch-up); claims changed here meanwhile keep their local state (`ClaimStore.load`).
 */
export function useClaimDetails({
  live,
  articleId,
  store,
  claims,
  onLoaded,
  announce,
}: {
  live: boolean;
  articleId: string;
  store: ClaimStore;
  /** The claims, when they came with the article (fetched from the API). */
  claims: Claim[] | undefined;
  onLoaded: (loaded: { changed: ClaimSpan[]; removed: string[] }) => void;
  announce: (message: string) => void;
}): void {
  const { projectId } = useReaderSchema();
  useEffect(() => {
    if (!live) return;
    if (claims) {
      store.load(claims, store.getVersion());
      performance.mark("reader:details");
      return;
    }
    let cancelled = false;
    const since = store.getVersion();
    claimsApi
      .list(articleId, projectId)
      .then(({ items }) => {
        if (cancelled) return;
        onLoaded(store.load(items, since));
        performance.mark("reader:details");
      })
      .catch(() => announce("Could not load the claims' details; reload the page to try again."));
    return () => {
      cancelled = true;
    };
  }, [live, articleId, projectId, store, claims, onLoaded, announce]);
}
