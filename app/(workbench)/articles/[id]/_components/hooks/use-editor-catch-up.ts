"use client";

import { useCallback, useRef } from "react";
import type { Editor } from "@tiptap/core";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import type { ClaimStore } from "../claim-store";

/**
 * Keeps the editor in step with the claim store although it is built late: an editor built over
 * the claims as the server drew them catches up with whatever the store learned since
 * (`onBuilt`), and an editor already built takes the changes of the fetched claims as they come
 * (`apply`; before it is built there is nothing to do, as it will catch up from the store).
 */
export function useEditorCatchUp(store: ClaimStore, drawnSpans: readonly ClaimSpan[]) {
  const built = useRef<Editor | null>(null);

  const onBuilt = (editor: Editor) => {
    built.current = editor;
    const current = new Map([...store.allSpans()].map((s) => [s.id, s]));
    for (const s of drawnSpans) if (!current.has(s.id)) editor.commands.removeClaim(s.id);
    const drawn = new Map(drawnSpans.map((s) => [s.id, s]));
    const changes: ClaimSpan[] = [];
    for (const s of current.values()) {
      const was = drawn.get(s.id);
      if (!was || was.start !== s.start || was.end !== s.end || was.kind !== s.kind || was.label !== s.label)
        changes.push(s);
    }
    if (changes.length) editor.commands.upsertClaims(changes);
  };

  const apply = useCallback(({ changed, removed }: { changed: readonly ClaimSpan[]; removed: readonly string[] }) => {
    const editor = built.current;
    for (const id of removed) editor?.commands.removeClaim(id);
    if (changed.length) editor?.commands.upsertClaims(changed);
  }, []);

  return { onBuilt, apply };
}
