"use client";

import { useEffect, useId, useRef } from "react";
import { claimAccessProblem } from "@/lib/claims/claim-access";
import { ClaimAttributeFields } from "../claim-fields";
import { KindPicker } from "../kind-picker";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { useClaimStore, type ClaimStore } from "../claim-store";
import type { Claim, ReaderActor } from "../claim-types";
import { ConflictNotice } from "./claim-conflict";
import { ClaimReviewRounds } from "./claim-review-rounds";
import { ClaimsHere, DeleteActions, ReadOnlyClaim } from "./claim-panel-parts";
import { useClaimEdit } from "./use-claim-edit";
import { kindLabelIn, useReaderSchema } from "../reader-schema";
import { claimToFields } from "../claim-format";
import { fieldsToBody } from "../claims-api";
import { SubmitClaim } from "@/app/(workbench)/_components/submit-claim";

/**
 * One claim in the side panel: editable (Save sends the version it was read at; Delete asks
 * first) for its author or an admin while it is a draft, read-only otherwise. A stale save
 * shows what someone else changed and offers to reapply this user's edits on top.
 */
export function ClaimPanel({
  store,
  claimId,
  here,
  actor,
  onSelect,
  onClose,
  onSaved,
  onDeleted,
}: {
  store: ClaimStore;
  claimId: string;
  here: readonly string[];
  actor: ReaderActor;
  onSelect: (id: string) => void;
  onClose: () => void;
  onSaved: (claim: Claim) => void;
  onDeleted: (id: string) => void;
}) {
  const schema = useReaderSchema();
  useClaimStore(store);
  const idPrefix = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const edit = useClaimEdit({ stored: store.claim(claimId), onSaved, onDeleted });
  const { fields, conflict, working, message } = edit;

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    // The claim stays in sight: at narrow widths its scroll margin (reader.css) clears the sheet.
    document
      .querySelector(`.reader-text [data-claim-id="${CSS.escape(claimId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [claimId]);

  const span = store.span(claimId);
  const claim = edit.base ?? store.claim(claimId);
  const editable =
    !!claim &&
    actor.canWrite &&
    claimAccessProblem({ actor, claim: { authorId: claim.author.id, status: claim.status } }) === null;

  const own = !!claim && actor.canWrite && (claim.author.id === actor.id || actor.role === "admin");
  const dirty =
    !!claim && !!fields && JSON.stringify(fieldsToBody(fields)) !== JSON.stringify(fieldsToBody(claimToFields(claim)));

  const kind = claim?.kind ?? span?.kind;
  return (
    <section
      className="card claim-panel"
      aria-labelledby={`${idPrefix}-heading`}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <header className={`claim-panel__header claim-panel__header--${kind ?? "other"}`}>
        <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} className="claim-panel__title">
          <span className={`dot hl--${kind ?? "other"}`} aria-hidden="true" />
          {kind ? `${kindLabelIn(schema, kind)} claim` : "Claim"}
        </h2>
        {claim ? <span className={`status status--${claim.status}`}>{statusLabels[claim.status]}</span> : null}
        <button type="button" className="icon-button" aria-label="Close claim" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="claim-panel__body">
        {here.length > 1 ? <ClaimsHere store={store} here={here} current={claimId} onSelect={onSelect} /> : null}
        {!claim || !fields ? (
          <p className="muted">Loading the claim…</p>
        ) : (
          <>
            <blockquote className={`claim-panel__quote claim-panel__quote--${claim.kind}`}>{claim.exact}</blockquote>
            <p className="claim-panel__meta">
              <a href={`/claims/${claim.id}`}>Evidence, verdict and history →</a>
            </p>
            <p className="claim-panel__meta muted">
              By {claim.author.name} · version {claim.version}
              {editable
                ? ""
                : actor.canWrite
                  ? " · read-only: only its author or an admin can change a draft"
                  : " · read-only"}
            </p>
            <ClaimReviewRounds claimId={claim.id} status={claim.status} version={claim.version} />
            {own && claim.layer === "annotation" ? (
              <SubmitClaim
                key={claim.id}
                claim={claim}
                blocked={dirty ? "Save your changes first: submitting sends the claim as last saved." : null}
                onSubmitted={(submitted) => edit.discard(submitted)}
              />
            ) : null}
            {conflict ? (
              <ConflictNotice
                base={claim}
                theirs={conflict.theirs}
                mine={conflict.mine}
                onReapply={edit.reapply}
                onDiscard={() => edit.discard(conflict.theirs)}
                working={working}
              />
            ) : null}
            {editable ? (
              <form
                className="claim-panel__form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void edit.save(claim, fields);
                }}
              >
                <KindPicker
                  value={fields.kind}
                  onChange={(k) => edit.setFields({ ...fields, kind: k })}
                  idPrefix={idPrefix}
                />
                <ClaimAttributeFields
                  fields={fields}
                  onChange={(p) => edit.setFields({ ...fields, ...p })}
                  idPrefix={idPrefix}
                  errors={edit.errors}
                />
                {message ? (
                  <p className={message.tone} role={message.tone === "alert" ? "alert" : "status"}>
                    {message.text}
                  </p>
                ) : null}
                <DeleteActions
                  confirming={edit.confirmDelete}
                  onConfirming={edit.setConfirmDelete}
                  onDelete={() => edit.remove(claim)}
                  working={working}
                  saveBlocked={conflict !== null}
                />
              </form>
            ) : (
              <ReadOnlyClaim claim={claim} />
            )}
          </>
        )}
      </div>
    </section>
  );
}
