/**
 * Claims drawn as ProseMirror decorations over a read-only article.
 *
 * Decorations rather than marks: the document stays exactly the canonical text (a claim is not
 * content), overlapping claims need no mark splitting, and adding or removing one claim is a
 * `DecorationSet.add/remove` on the plugin state, without touching the document or rebuilding
 * the other highlights. Each highlight carries only `data-claim-id`; what a claim says lives in
 * the database.
 *
 * Every claim gets its own wrapper element, so nested and overlapping claims each keep
 * elements of their own. ProseMirror orders the wrappers of one stretch of text by position,
 * not by nesting, so the DOM order says nothing about which claim is inside which: resolve a
 * click to the shortest claim among the target's ancestors, and style nesting with the
 * `--h{n}` class (padding is order-independent, unlike borders drawn by the outer element).
 *
 * Meant for a document that does not change (claims point into the canonical text; see
 * `ReadOnlyText`): decorations are mapped through a change, but the claims' offsets are not.
 */
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { rangeToPositions, type Paragraph } from "@/lib/anchors/paragraphs";
import {
  compareSpans,
  encloses,
  heightAt,
  highlightAttributes,
  insertionIndex,
  nestingHeights,
  type ClaimSpan,
} from "./claim-spans";

export interface ClaimHighlightsOptions {
  /**
   * The paragraph map of the canonical text the document was built from
   * (`splitParagraphs(text)`, the same list given to `buildDocJSON`); it turns claim offsets
   * into document positions.
   * @default []
   */
  paragraphs: readonly Paragraph[];
  /**
   * The claims highlighted when the editor is created.
   * @default []
   */
  claims: readonly ClaimSpan[];
  /**
   * Element name of a highlight.
   * @default "mark"
   */
  tag: string;
  /**
   * Class of every highlight; `${className}--${kind}` and `${className}--h${height}` are added,
   * where height is 0 for a claim enclosing no other, up to `MAX_DRAWN_HEIGHT`.
   * @default "claim-highlight"
   */
  className: string;
}

/** A claim as the plugin holds it: its span, kind and nesting height. */
interface PlacedClaim extends ClaimSpan {
  height: number;
}

/** The plugin state: the drawn decorations and the claims behind them. */
export interface ClaimHighlightsState {
  decorations: DecorationSet;
  byId: ReadonlyMap<string, PlacedClaim>;
  /** In reading order (`compareSpans`). */
  ordered: readonly PlacedClaim[];
}

type ClaimAction =
  | { type: "set"; claims: readonly ClaimSpan[] }
  | { type: "upsert"; claims: readonly ClaimSpan[] }
  | { type: "remove"; ids: readonly string[] };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces all highlighted claims. */
      setClaims: (claims: readonly ClaimSpan[]) => ReturnType;
      /** Adds a claim, or redraws it if its span or kind changed. */
      upsertClaim: (claim: ClaimSpan) => ReturnType;
      /** Adds or redraws several claims in one transaction. */
      upsertClaims: (claims: readonly ClaimSpan[]) => ReturnType;
      /** Removes a claim's highlight. */
      removeClaim: (id: string) => ReturnType;
    };
  }
}

const claimHighlightsKey = new PluginKey<ClaimHighlightsState>("claimHighlights");

/** The plugin state of an editor that has the extension, or null. */
export function getClaimHighlights(state: EditorState): ClaimHighlightsState | null {
  return claimHighlightsKey.getState(state) ?? null;
}

interface Drawing {
  doc: PMNode;
  options: ClaimHighlightsOptions;
}

function decorationsFor(claim: PlacedClaim, { options }: Drawing): Decoration[] {
  const range = rangeToPositions(options.paragraphs, claim.start, claim.end);
  if (range === null) return [];
  const attrs = { nodeName: options.tag, ...highlightAttributes(claim, claim.height, options) };
  return [Decoration.inline(range.from, range.to, attrs, { claimId: claim.id })];
}

function findDecorations(set: DecorationSet, claim: PlacedClaim, { options }: Drawing): Decoration[] {
  const range = rangeToPositions(options.paragraphs, claim.start, claim.end);
  if (range === null) return [];
  return set.find(range.from, range.to, (spec: { claimId?: string }) => spec.claimId === claim.id);
}

function build(claims: readonly ClaimSpan[], drawing: Drawing): ClaimHighlightsState {
  const unique = new Map<string, ClaimSpan>();
  for (const c of claims) unique.set(c.id, c);
  const sorted = [...unique.values()].sort(compareSpans);
  const heights = nestingHeights(sorted);
  const ordered = sorted.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    kind: c.kind,
    ...(c.label ? { label: c.label } : {}),
    height: heights.get(c.id) ?? 0,
  }));
  const decorations = DecorationSet.create(
    drawing.doc,
    ordered.flatMap((c) => decorationsFor(c, drawing)),
  );
  return { decorations, byId: new Map(ordered.map((c) => [c.id, c])), ordered };
}

/**
 * Applies an upsert or removal incrementally: only the claims that changed and the claims
 * enclosing them (whose nesting height may change) are redrawn.
 */
function patch(
  prev: ClaimHighlightsState,
  upserts: readonly ClaimSpan[],
  removals: readonly string[],
  drawing: Drawing,
): ClaimHighlightsState {
  const ordered = [...prev.ordered];
  const byId = new Map(prev.byId);
  const stale: PlacedClaim[] = [];
  const touched: ClaimSpan[] = [];
  const drop = (id: string) => {
    const old = byId.get(id);
    if (!old) return;
    byId.delete(id);
    ordered.splice(insertionIndex(ordered, old), 1);
    stale.push(old);
    touched.push(old);
  };
  for (const id of removals) drop(id);
  const relabelled: PlacedClaim[] = [];
  for (const c of upserts) {
    const old = byId.get(c.id);
    if (old && old.start === c.start && old.end === c.end && old.kind === c.kind) {
      // Only the name changed: the same element with another label, nesting untouched.
      if (old.label === c.label) continue;
      const named = { ...old, label: c.label };
      ordered[insertionIndex(ordered, old)] = named;
      byId.set(c.id, named);
      stale.push(old);
      relabelled.push(named);
      continue;
    }
    drop(c.id);
    const placed: PlacedClaim = { id: c.id, start: c.start, end: c.end, kind: c.kind, label: c.label, height: 0 };
    ordered.splice(insertionIndex(ordered, placed), 0, placed);
    byId.set(placed.id, placed);
    touched.push(placed);
  }
  if (touched.length === 0 && relabelled.length === 0) return prev;

  // Recompute heights innermost first: new claims, then whatever encloses a touched span.
  const affected = new Set<PlacedClaim>(
    upserts.map((c) => byId.get(c.id)).filter((c): c is PlacedClaim => c !== undefined),
  );
  for (const claim of ordered) if (touched.some((t) => encloses(claim, t))) affected.add(claim);
  const fresh: PlacedClaim[] = [];
  const upserted = new Set(upserts.map((c) => c.id));
  const renamed = new Set(relabelled.map((c) => c.id));
  const heightOf = (span: ClaimSpan) => byId.get(span.id)?.height ?? 0;
  for (const claim of [...affected].sort((a, b) => a.end - a.start - (b.end - b.start))) {
    const height = heightAt(ordered, insertionIndex(ordered, claim), heightOf);
    // A renamed claim's old decoration is already stale; it is redrawn whatever its height.
    const isNew = upserted.has(claim.id) && !renamed.has(claim.id);
    if (!isNew && !renamed.has(claim.id) && height === claim.height) continue;
    const redrawn = { ...claim, height };
    if (!isNew && !renamed.has(claim.id)) stale.push(claim);
    ordered[insertionIndex(ordered, claim)] = redrawn;
    byId.set(claim.id, redrawn);
    fresh.push(redrawn);
  }

  const old = stale.flatMap((c) => findDecorations(prev.decorations, c, drawing));
  const decorations = prev.decorations.remove(old).add(
    drawing.doc,
    fresh.flatMap((c) => decorationsFor(c, drawing)),
  );
  return { decorations, byId, ordered };
}

function apply(tr: Transaction, prev: ClaimHighlightsState, options: ClaimHighlightsOptions): ClaimHighlightsState {
  const action = tr.getMeta(claimHighlightsKey) as ClaimAction | undefined;
  const mapped = tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev;
  if (!action) return mapped;
  const drawing = { doc: tr.doc, options };
  if (action.type === "set") return build(action.claims, drawing);
  if (action.type === "upsert") return patch(mapped, action.claims, [], drawing);
  return patch(mapped, [], action.ids, drawing);
}

/**
 * Highlights claims with decorations. Give it the paragraph map and the initial claims:
 *
 * ```ts
 * ClaimHighlights.configure({ paragraphs: splitParagraphs(text), claims })
 * editor.commands.upsertClaim({ id, start, end, kind })
 * ```
 */
export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { paragraphs: [], claims: [], tag: "mark", className: "claim-highlight" };
  },

  addCommands() {
    const send =
      (action: ClaimAction) =>
      ({ tr, dispatch }: { tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
        if (dispatch) tr.setMeta(claimHighlightsKey, action).setMeta("addToHistory", false);
        return true;
      };
    return {
      setClaims: (claims) => send({ type: "set", claims }),
      upsertClaim: (claim) => send({ type: "upsert", claims: [claim] }),
      upsertClaims: (claims) => send({ type: "upsert", claims }),
      removeClaim: (id) => send({ type: "remove", ids: [id] }),
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<ClaimHighlightsState>({
        key: claimHighlightsKey,
        state: {
          init: (_config, state) => build(options.claims, { doc: state.doc, options }),
          apply: (tr, prev) => apply(tr, prev, options),
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
