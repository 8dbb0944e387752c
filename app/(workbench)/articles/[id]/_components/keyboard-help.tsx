/** The reader's keys, behind a small disclosure in the toolbar. */
const KEYS: [keys: string[], what: string][] = [
  [["Tab"], "into the text (a caret appears)"],
  [["Shift", "← →"], "select"],
  [["Alt", "↓ ↑"], "next / previous paragraph"],
  [["T"], "tag the selection (or Enter)"],
  [["1–6"], "pick the kind in the form"],
  [["Enter"], "open the claim at the caret"],
  [["Esc"], "close the form or panel"],
];

export function KeyboardHelp() {
  return (
    <details className="shortcuts">
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
    </details>
  );
}
