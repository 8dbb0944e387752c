"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { Stance } from "@/lib/claims/wire-values";
import { ClaimSearch } from "@/app/(workbench)/_components/claim-search";
import { SourceForm } from "./source-form";
import { StancePicker } from "./stance-picker";
import { SuggestionList, type SuggestionItem } from "./suggestion-list";
import { ApiError, workbenchApi, type FoundClaim } from "@/app/(workbench)/_components/workbench-api";

interface AddEvidenceProps {
  claimId: string;
  /** The claim's project: the claims offered for a link are that project's. */
  projectId: string;
  /** Claims this one is already linked with, either way (not offered again). */
  linkedIds: string[];
  suggestions: SuggestionItem[];
  /** The project's kinds, which the search's kind filter offers. */
  kinds: { key: string; label: string }[];
}

/**
 * Adds an evidence link: to another claim (a suggestion or a search result) or to an external
 * source. The stance is chosen once, above both, so a click on "Link" is the whole decision.
 */
export function AddEvidence({ claimId, projectId, linkedIds, suggestions, kinds }: AddEvidenceProps) {
  const router = useRouter();
  const [mode, setMode] = useState<"claim" | "source">("claim");
  const [stance, setStance] = useState<Stance | null>(null);
  const [stanceError, setStanceError] = useState<string | undefined>();
  const [note, setNote] = useState("");
  const [done, setDone] = useState<string | null>(null);

  const box = useRef<HTMLDivElement>(null);
  /**
   * After a link: the stance and note start afresh (one link's stance must not carry over to the
   * next), and focus goes to the stance, the first thing the next link asks, rather than to the
   * page when the linked row leaves the list.
   */
  function nextLink() {
    setNote("");
    setStance(null);
    box.current?.querySelector<HTMLInputElement>('input[name="evidence-stance"]')?.focus();
  }

  function requireStance(): Stance {
    if (stance) return stance;
    const message = "Choose a stance first.";
    setStanceError(message);
    // Shaped like the server's 422, so the list that was clicked shows it the same way.
    throw new ApiError(422, message, [{ path: "stance", message }]);
  }

  async function linkClaim(claim: Pick<FoundClaim, "id" | "exact">) {
    const chosen = requireStance();
    await workbenchApi.link(claimId, { targetClaimId: claim.id, stance: chosen, note });
    setDone(`Linked “${claim.exact}”.`);
    nextLink();
    router.refresh();
  }

  async function linkSource(fields: Record<string, string>) {
    const chosen = requireStance();
    await workbenchApi.link(claimId, { ...fields, stance: chosen, note });
    setDone(`Linked ${fields.url}.`);
    nextLink();
    router.refresh();
  }

  const exclude = [claimId, ...linkedIds];
  return (
    <div ref={box} className="card card--padded add-evidence">
      <div className="segmented" role="group" aria-label="Link to">
        <button
          type="button"
          className="segmented__option"
          aria-pressed={mode === "claim"}
          onClick={() => setMode("claim")}
        >
          Another claim
        </button>
        <button
          type="button"
          className="segmented__option"
          aria-pressed={mode === "source"}
          onClick={() => setMode("source")}
        >
          External source
        </button>
      </div>

      <StancePicker
        name="evidence-stance"
        value={stance}
        error={stanceError}
        onChange={(s) => {
          setStance(s);
          setStanceError(undefined);
        }}
      />
      <div className="field">
        <label className="field__label" htmlFor="evidence-note">
          Note <span className="muted">(optional)</span>
        </label>
        <input
          id="evidence-note"
          className="input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={5000}
          autoComplete="off"
        />
      </div>

      {mode === "claim" ? (
        <>
          <SuggestionList items={suggestions.filter((s) => !exclude.includes(s.claim.id))} onLink={linkClaim} />
          <h3 className="add-evidence__heading">Search all claims</h3>
          <ClaimSearch
            label="Find a claim to link"
            excludeIds={exclude}
            actionLabel="Link"
            onPick={linkClaim}
            projectId={projectId}
            kinds={kinds}
          />
        </>
      ) : (
        <SourceForm onSubmit={linkSource} />
      )}
      {done ? (
        <p role="status" className="status-text form-error-below">
          {done}
        </p>
      ) : null}
    </div>
  );
}
