"use client";

import { KeyboardHelp } from "./keyboard-help";

/** Above the text: what the pointer does here, the keys, and the button that shows the spotter's suggestions. */
export function ReaderToolbar({
  canWrite,
  live,
  suggestions,
  onToggleSuggestions,
}: {
  canWrite: boolean;
  live: boolean;
  suggestions: { busy: boolean; shown: ReadonlyMap<string, unknown> | null };
  onToggleSuggestions: () => void;
}) {
  return (
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
        onClick={onToggleSuggestions}
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
  );
}
