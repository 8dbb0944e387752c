"use client";

import { useRef, useState } from "react";

/** Shows a freshly created token's secret, the only time it is ever visible. */
export function NewTokenSecret({ name, secret }: { name: string; secret: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): leave it selected instead.
      inputRef.current?.select();
      setCopied("failed");
    }
  }

  return (
    <div className="secret-box" role="region" aria-labelledby="new-token-heading">
      <h3 id="new-token-heading">Token “{name}” created</h3>
      <p className="secret-box__note">Copy it now: it won’t be shown again. Store it like a password.</p>
      <div className="secret-box__row">
        <label htmlFor="new-token-secret" className="visually-hidden">
          New API token
        </label>
        <input
          ref={inputRef}
          id="new-token-secret"
          className="input input--mono"
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className="field__hint copy-status">
        {copied === "yes"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Copying was blocked; the token is selected, press Ctrl+C (⌘C)."
            : ""}
      </p>
    </div>
  );
}
