"use client";

import { suggestionKey } from "@/lib/editor/suggestion-key";
import type { Claim } from "../claim-types";
import type { useSuggestions } from "../hooks/use-suggestions";
import type { useTagging } from "../hooks/use-tagging";
import { SuggestionPopover } from "./suggestion-popover";
import { TagPopover } from "./tag-popover";

/**
 * The popovers over the text: tagging a selection, and the suggestion opened from its
 * underline. `onAccepted` takes the draft claim an accepted suggestion became.
 */
export function ReaderPopovers({
  popovers,
  suggestions,
  onAccepted,
}: {
  popovers: ReturnType<typeof useTagging>;
  suggestions: ReturnType<typeof useSuggestions>;
  onAccepted: (claim: Claim) => void;
}) {
  const { tagging, openSuggestion } = popovers;
  return (
    <>
      {tagging ? (
        <TagPopover
          title="Tag claim"
          exact={tagging.prefill.exact}
          initial={tagging.prefill}
          anchor={tagging.anchor}
          onSave={popovers.saveTagging}
          onCancel={popovers.closeTagging}
        />
      ) : null}
      {openSuggestion ? (
        <SuggestionPopover
          key={suggestionKey(openSuggestion.suggestion)}
          suggestion={openSuggestion.suggestion}
          anchor={openSuggestion.anchor}
          onAccept={async (fields) => {
            const claim = await suggestions.accept(openSuggestion.suggestion, fields);
            popovers.dropSuggestion();
            onAccepted(claim);
          }}
          onDismiss={async () => {
            await suggestions.dismiss(openSuggestion.suggestion);
            popovers.closeSuggestion();
          }}
          onClose={popovers.closeSuggestion}
        />
      ) : null}
    </>
  );
}
