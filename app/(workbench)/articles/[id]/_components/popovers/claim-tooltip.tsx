"use client";

import { useEffect, useState, type RefObject } from "react";
import { figureText } from "@/app/(workbench)/_components/format/figures";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { useClaimStore, type ClaimStore } from "../claim-store";
import { hitAt, innermost } from "../reader-dom";
import { kindLabelIn, useReaderSchema } from "../reader-schema";

interface Shown {
  id: string;
  others: number;
  left: number;
  top: number;
}

/**
 * A summary of the claim under the pointer (kind, figure, status, author). It listens on the
 * text itself, so hovering re-renders only this component, never the reader or the editor.
 */
export function ClaimTooltip({ rootRef, store }: { rootRef: RefObject<HTMLElement | null>; store: ClaimStore }) {
  const schema = useReaderSchema();
  useClaimStore(store);
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let timer = 0;
    const over = (e: MouseEvent) => {
      const hit = hitAt(e.target, root);
      const id = innermost(hit.claimIds, (i) => store.span(i));
      window.clearTimeout(timer);
      if (!id || e.buttons !== 0) return setShown(null);
      let el: HTMLElement | null = e.target instanceof HTMLElement ? e.target : null;
      while (el && el.dataset.claimId !== id) el = el.parentElement;
      const rect = (el ?? root).getBoundingClientRect();
      const others = new Set(hit.claimIds).size - 1;
      timer = window.setTimeout(
        () =>
          setShown({ id, others, left: Math.max(8, Math.min(rect.left, window.innerWidth - 288)), top: rect.top - 8 }),
        120,
      );
    };
    const hide = () => {
      window.clearTimeout(timer);
      setShown(null);
    };
    root.addEventListener("mouseover", over);
    root.addEventListener("mouseleave", hide);
    root.addEventListener("mousedown", hide);
    window.addEventListener("scroll", hide, { passive: true });
    return () => {
      window.clearTimeout(timer);
      root.removeEventListener("mouseover", over);
      root.removeEventListener("mouseleave", hide);
      root.removeEventListener("mousedown", hide);
      window.removeEventListener("scroll", hide);
    };
  }, [rootRef, store]);

  if (!shown) return null;
  const span = store.span(shown.id);
  if (!span) return null;
  const claim = store.claim(shown.id);
  const figure = claim ? figureText(claim) : null;
  return (
    <div className="claim-tooltip" role="tooltip" style={{ left: shown.left, top: shown.top }}>
      <div className="claim-tooltip__kind">
        <span className={`dot hl--${span.kind}`} aria-hidden="true" />
        {kindLabelIn(schema, span.kind)}
        {claim ? <span className={`status status--${claim.status}`}>{statusLabels[claim.status]}</span> : null}
      </div>
      {figure ? <div className="claim-tooltip__figure">{figure}</div> : null}
      <div className="claim-tooltip__meta">
        {claim ? `by ${claim.author.name}` : "Loading details…"}
        {shown.others > 0 ? ` · ${shown.others} more claim${shown.others === 1 ? "" : "s"} here` : ""}
      </div>
    </div>
  );
}
