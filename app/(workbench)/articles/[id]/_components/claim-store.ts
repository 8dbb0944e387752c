/**
 * The reader's claims, outside React: the editor reads spans from it through commands and
 * never re-renders when a claim changes, while the legend, tooltip and panel subscribe with
 * `useSyncExternalStore` and re-render on their own.
 *
 * Spans (id, offsets, kind) come with the page; the full claims (values, status, author) are
 * fetched after the reader is interactive, so a long article's first paint does not carry
 * every claim's fields.
 */
import { useSyncExternalStore } from "react";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { kindLabels, statusLabels } from "@/app/(workbench)/_components/claim-labels";
import type { Claim } from "./claim-types";

export class ClaimStore {
  private readonly spans = new Map<string, ClaimSpan>();
  private readonly details = new Map<string, Claim>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  /** When each claim was last changed here (by version of the store), so a slower fetch cannot undo it. */
  private readonly touched = new Map<string, number>();
  /** True once the full claims have been fetched. */
  detailsLoaded = false;

  constructor(initial: readonly ClaimSpan[]) {
    for (const s of initial) this.spans.set(s.id, s);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  span(id: string): ClaimSpan | undefined {
    return this.spans.get(id);
  }

  claim(id: string): Claim | undefined {
    return this.details.get(id);
  }

  allSpans(): IterableIterator<ClaimSpan> {
    return this.spans.values();
  }

  /** Number of claims of each kind. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.spans.values()) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
    return counts;
  }

  /**
   * Takes the claims as fetched (the request having started at store version `since`) and
   * returns what differs from what was shown. Claims added, edited or deleted here after the
   * request started keep their local state: the response predates them.
   */
  load(claims: readonly Claim[], since: number): { changed: ClaimSpan[]; removed: string[] } {
    const changed: ClaimSpan[] = [];
    const removed: string[] = [];
    const seen = new Set<string>();
    const localSince = (id: string) => (this.touched.get(id) ?? -1) > since;
    for (const c of claims) {
      seen.add(c.id);
      if (localSince(c.id)) continue;
      const old = this.spans.get(c.id);
      const span = toSpan(c);
      if (!old || old.start !== c.start || old.end !== c.end || old.kind !== c.kind || old.label !== span.label)
        changed.push(span);
      this.spans.set(c.id, span);
      this.details.set(c.id, c);
    }
    for (const id of [...this.spans.keys()]) {
      if (seen.has(id) || localSince(id)) continue;
      this.spans.delete(id);
      removed.push(id);
    }
    this.detailsLoaded = true;
    this.changed();
    return { changed, removed };
  }

  upsert(claim: Claim): void {
    this.touched.set(claim.id, this.version + 1);
    this.spans.set(claim.id, toSpan(claim));
    this.details.set(claim.id, claim);
    this.changed();
  }

  remove(id: string): void {
    this.touched.set(id, this.version + 1);
    this.spans.delete(id);
    this.details.delete(id);
    this.changed();
  }
}

type SpanSource = Pick<Claim, "id" | "start" | "end" | "kind" | "status" | "exact"> & { author: { name: string } };

/** How many words of the quote a highlight's name repeats. */
const QUOTE_WORDS = 6;

/** A highlight's name: "Quantity claim, Draft, by Ada Annotator: “more than 40,000 people”". */
function highlightLabel(c: SpanSource): string {
  const words = c.exact.trim().split(/\s+/);
  const quote = words.slice(0, QUOTE_WORDS).join(" ") + (words.length > QUOTE_WORDS ? "…" : "");
  const kind = (kindLabels as Record<string, string | undefined>)[c.kind] ?? c.kind;
  return `${kind} claim, ${statusLabels[c.status]}, by ${c.author.name}: “${quote}”`;
}

export const toSpan = (c: SpanSource): ClaimSpan => ({
  id: c.id,
  start: c.start,
  end: c.end,
  kind: c.kind,
  label: highlightLabel(c),
});

/** Re-renders the caller whenever the store changes; returns the store's version. */
export function useClaimStore(store: ClaimStore): number {
  return useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
}
