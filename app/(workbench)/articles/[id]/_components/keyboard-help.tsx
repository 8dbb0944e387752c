"use client";

import { useReaderSchema } from "./reader-schema";

/** The reader's keys, behind a small disclosure in the toolbar. */
const KEYS: [keys: string[], what: string][] = [
  [["Tab"], "into the text (a caret appears)"],
  [["Shift", "← →"], "select"],
  [["Alt", "↓ ↑"], "next / previous paragraph"],
  [["] ["], "next / previous claim"],
  [["T"], "tag the selection (or Enter)"],
  [["Enter"], "open the claim at the caret"],
  [["Esc"], "close the form or panel"],
];

export function KeyboardHelp() {
  const { kinds } = useReaderSchema();
  const picks = kinds.filter((k) => k.shortcut !== null).sort((a, b) => (a.shortcut ?? 0) - (b.shortcut ?? 0));
  return (
    <details
      className="shortcuts"
      onKeyDown={(event) => {
        // Escape closes the list and leaves focus on its toggle, as a menu would.
        const details = event.currentTarget;
        if (event.key !== "Escape" || !details.open) return;
        event.stopPropagation();
        details.open = false;
        details.querySelector("summary")?.focus();
      }}
    >
      <summary>Keyboard</summary>
      <dl className="shortcuts__list">
        {KEYS.map(([keys, what]) => (
          <div key={what} className="shortcuts__row">
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? "+" : null}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {picks.length ? (
        <>
          <p className="shortcuts__heading">In the tagging form</p>
          <dl className="shortcuts__list">
            {picks.map((k) => (
              <div key={k.key} className="shortcuts__row">
                <dt>
                  <kbd>{k.shortcut}</kbd>
                </dt>
                <dd>
                  <span className={`dot hl--${k.key}`} aria-hidden="true" /> {k.label}
                  {k.definition ? <span className="shortcuts__definition">{k.definition}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </details>
  );
}
