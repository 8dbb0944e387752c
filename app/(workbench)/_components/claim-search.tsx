"use client";

import { useId, useState, type FormEvent } from "react";
import { KindChip } from "@/app/(workbench)/_components/claim-chips";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { errorText, workbenchApi, type FoundClaim } from "./workbench-api";

interface ClaimSearchProps {
  /** Accessible name of the search form, e.g. "Find a claim to link". */
  label: string;
  /** Claims not to offer (this claim, ones already linked or grouped). */
  excludeIds: readonly string[];
  /** Text of each result's button, e.g. "Link" or "Add to cluster". */
  actionLabel: string;
  /** Called with the chosen claim; a thrown error is shown next to the results. */
  onPick: (claim: FoundClaim) => Promise<void>;
  /** The project searched (the claim's or the cluster's); the server shows only what the caller may see there. */
  projectId: string;
  /** That project's kinds (its schema), in order: what the kind filter offers. */
  kinds: readonly { key: string; label: string }[];
}

/** Search over a project's claims by text, kind and value range (GET /api/claims), with one action per result. */
export function ClaimSearch({ label, excludeIds, actionLabel, onPick, projectId, kinds }: ClaimSearchProps) {
  const id = useId();
  const [results, setResults] = useState<FoundClaim[] | null>(null);
  const [total, setTotal] = useState(0);
  const [searching, setSearching] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    setSearching(true);
    setError(null);
    try {
      const found = await workbenchApi.searchClaims({
        q: value("q"),
        kind: value("kind"),
        valueMin: value("valueMin"),
        valueMax: value("valueMax"),
        projectId,
      });
      setResults(found.items);
      setTotal(found.total);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSearching(false);
    }
  }

  async function pick(claim: FoundClaim) {
    setBusy(claim.id);
    setError(null);
    try {
      await onPick(claim);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  const shown = results?.filter((c) => !excludeIds.includes(c.id)) ?? null;
  return (
    <div className="claim-search">
      <form role="search" aria-label={label} className="claim-search__form" onSubmit={search}>
        <div className="field claim-search__text">
          <label className="field__label" htmlFor={`${id}-q`}>
            Words in the claim
          </label>
          <input
            id={`${id}-q`}
            name="q"
            className="input"
            type="search"
            placeholder="e.g. people killed"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <select id={`${id}-kind`} name="kind" className="select" defaultValue="">
            <option value="">Any kind</option>
            {kinds.map((kind) => (
              <option key={kind.key} value={kind.key}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field claim-search__number">
          <label className="field__label" htmlFor={`${id}-min`}>
            Min value
          </label>
          <input id={`${id}-min`} name="valueMin" className="input" inputMode="decimal" autoComplete="off" />
        </div>
        <div className="field claim-search__number">
          <label className="field__label" htmlFor={`${id}-max`}>
            Max value
          </label>
          <input id={`${id}-max`} name="valueMax" className="input" inputMode="decimal" autoComplete="off" />
        </div>
        <button type="submit" className="button button--secondary" disabled={searching} aria-busy={searching}>
          Search
        </button>
      </form>
      {error ? (
        <p role="alert" className="error-text form-error-below">
          {error}
        </p>
      ) : null}
      {shown === null ? null : shown.length === 0 ? (
        <p className="muted claim-search__empty" role="status">
          {results && results.length > 0 ? "Every match is already here." : "No claims match."}
        </p>
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {total} claims found
          </p>
          <ul className="pick-list" aria-label="Search results">
            {shown.map((claim) => {
              const figure = formatFigure(claim);
              return (
                <li key={claim.id} className="pick-list__item">
                  <div className="pick-list__main">
                    <span className="pick-list__quote">“{claim.exact}”</span>
                    <span className="pick-list__meta">
                      <KindChip kind={claim.kind} label={kinds.find((k) => k.key === claim.kind)?.label} />
                      {figure ? <strong>{figure.text}</strong> : null}
                      <span>{claim.article.title}</span>
                    </span>
                  </div>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => pick(claim)}
                    disabled={busy !== null}
                    aria-busy={busy === claim.id}
                    aria-label={`${actionLabel}: ${claim.exact}`}
                  >
                    {actionLabel}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
