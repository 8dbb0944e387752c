"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { verdicts, type Verdict } from "@/lib/claims/wire-values";
import { verdictWarnings, type StanceCounts } from "@/lib/evidence/verdict-check";
import { verdictLabels } from "./evidence-labels";
import { ApiError, errorText, workbenchApi } from "@/app/(workbench)/_components/workbench-api";

interface VerdictFormProps {
  claimId: string;
  version: number;
  verdict: Verdict | null;
  justification: string | null;
  counts: StanceCounts;
}

/**
 * Records the verdict and its justification (PATCH with the version read, so a concurrent edit
 * is refused rather than overwritten). Warns, without blocking, while the chosen verdict
 * disagrees with the stances of the claim's evidence.
 */
export function VerdictForm({ claimId, version, verdict, justification, counts }: VerdictFormProps) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Verdict | null>(verdict);
  const [text, setText] = useState(justification ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [saved, setSaved] = useState(false);
  const warnings = verdictWarnings(chosen, counts);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      await workbenchApi.setVerdict(claimId, { version, verdict: chosen, justification: text.trim() || null });
      setSaved(true);
      router.refresh();
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409
          ? "Someone changed this claim since you opened it. Reload the page and try again."
          : e instanceof ApiError
            ? e
            : errorText(e),
      );
    } finally {
      setPending(false);
    }
  }

  const justificationError = error instanceof ApiError ? error.issueFor("justification") : undefined;
  return (
    <form className="verdict-form" onSubmit={save} noValidate>
      <fieldset className="verdict-form__choices">
        {/* The section heading already says "Verdict"; the legend names the group for screen readers. */}
        <legend className="visually-hidden">Verdict</legend>
        {verdicts.map((v) => (
          <label key={v} className={`verdict-option verdict-option--${v}`}>
            <input type="radio" name="verdict" value={v} checked={chosen === v} onChange={() => setChosen(v)} />
            {verdictLabels[v]}
          </label>
        ))}
        <label className="verdict-option">
          <input type="radio" name="verdict" value="" checked={chosen === null} onChange={() => setChosen(null)} />
          None yet
        </label>
      </fieldset>
      {warnings.length > 0 ? (
        <div className="verdict-warning" role="status">
          <strong>Check the verdict against the evidence</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor="verdict-justification">
          Justification
        </label>
        <textarea
          id="verdict-justification"
          className="input"
          rows={4}
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={justificationError ? true : undefined}
          aria-describedby="verdict-justification-hint"
        />
        <span id="verdict-justification-hint" className="field__hint">
          Why the evidence leads to this verdict; required with one.
        </span>
        {justificationError ? <span className="field__error">Justification {justificationError}.</span> : null}
      </div>
      <div className="form-actions">
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. */}
        <button type="submit" className="button" aria-disabled={pending} aria-busy={pending}>
          Save verdict
        </button>
        {saved && !pending ? (
          <span role="status" className="status-text">
            Saved.
          </span>
        ) : null}
        {error && !justificationError ? (
          <p role="alert" className="error-text">
            {typeof error === "string" ? error : errorText(error)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
