"use client";

import { useState } from "react";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { errorText } from "@/app/(workbench)/_components/workbench-api";

/** A suggested claim as the page hands it over (see `listEvidenceSuggestions`). */
export interface SuggestionItem {
  claim: {
    id: string;
    exact: string;
    value: number | null;
    qualifier: string | null;
    valueMax: number | null;
    unit: string | null;
    article: { title: string };
  };
  score: number;
  reasons: string[];
}

/** Claims the offline matcher thinks are about the same fact, each with why and a "Link" button. */
export function SuggestionList({
  items,
  onLink,
}: {
  items: SuggestionItem[];
  onLink: (claim: SuggestionItem["claim"]) => Promise<void>;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0)
    return (
      <p className="muted">No suggestions: no other claim shares enough of this one’s kind, wording, value or date.</p>
    );

  async function link(claim: SuggestionItem["claim"]) {
    setBusy(claim.id);
    setError(null);
    try {
      await onLink(claim);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div>
      <h3 className="add-evidence__heading">Suggested claims</h3>
      <ul className="pick-list" aria-label="Suggested claims">
        {items.map(({ claim, reasons }) => {
          const figure = formatFigure(claim);
          return (
            <li key={claim.id} className="pick-list__item">
              <div className="pick-list__main">
                <span className="pick-list__quote">“{claim.exact}”</span>
                <span className="pick-list__meta">
                  {figure ? <strong>{figure.text}</strong> : null}
                  <span>{claim.article.title}</span>
                </span>
                <span className="pick-list__why">{reasons.join(" · ")}</span>
              </div>
              <button
                type="button"
                className="button button--small"
                onClick={() => link(claim)}
                disabled={busy !== null}
                aria-busy={busy === claim.id}
                aria-label={`Link: ${claim.exact}`}
              >
                Link
              </button>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p role="alert" className="error-text form-error-below">
          {error}
        </p>
      ) : null}
    </div>
  );
}
