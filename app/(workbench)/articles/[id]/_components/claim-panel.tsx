"use client";

import { Fragment, useEffect, useId, useRef, useState } from "react";
import { claimAccessProblem } from "@/lib/claims/claim-access";
import { ClaimAttributeFields, issuesToFieldErrors, KindPicker, type FieldErrors } from "./claim-fields";
import { claimToFields, FIELD_LABELS, figureText, KIND_LABELS, STATUS_LABELS } from "./claim-format";
import { useClaimStore, type ClaimStore } from "./claim-store";
import type { Claim, ClaimFields, ReaderActor } from "./claim-types";
import { ApiError, claimsApi, fieldsToBody, storedClaim } from "./claims-api";
import { ConflictNotice, changedFields } from "./claim-conflict";

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
  useClaimStore(store);
  const idPrefix = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stored = store.claim(claimId);
  const [base, setBase] = useState<Claim | undefined>(stored);
  const [fields, setFields] = useState<ClaimFields | null>(stored ? claimToFields(stored) : null);
  const [conflict, setConflict] = useState<{ theirs: Claim; mine: Partial<ClaimFields> } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ tone: "alert" | "notice"; text: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  // Details may arrive after the panel opened (they load once the reader is interactive).
  useEffect(() => {
    if (stored && !base) {
      setBase(stored);
      setFields(claimToFields(stored));
    }
  }, [stored, base]);

  useEffect(() => headingRef.current?.focus({ preventScroll: true }), [claimId]);

  const span = store.span(claimId);
  const claim = base ?? stored;
  const editable =
    !!claim &&
    actor.canWrite &&
    claimAccessProblem({ actor, claim: { authorId: claim.author.id, status: claim.status } }) === null;

  const save = async (from: Claim, values: ClaimFields) => {
    const before = fieldsToBody(claimToFields(from));
    const after = fieldsToBody(values);
    const changes = Object.fromEntries(
      Object.entries(after).filter(([k, v]) => before[k as keyof typeof before] !== v),
    );
    if (Object.keys(changes).length === 0) {
      setMessage({ tone: "notice", text: "Nothing to save: no field changed." });
      return;
    }
    setWorking(true);
    setMessage(null);
    setErrors({});
    try {
      const updated = await claimsApi.update(from.id, from.version, changes);
      setBase(updated);
      setFields(claimToFields(updated));
      setConflict(null);
      setMessage({ tone: "notice", text: "Saved." });
      onSaved(updated);
    } catch (error) {
      const theirs = error instanceof ApiError && error.status === 409 ? storedClaim(error) : null;
      if (theirs) {
        const mine = Object.fromEntries(
          changedFields(claimToFields(from), values).map((k) => [k, values[k]]),
        ) as Partial<ClaimFields>;
        setConflict({ theirs, mine });
        setMessage(null);
      } else {
        setErrors(error instanceof ApiError ? issuesToFieldErrors(error.issues) : {});
        setMessage({ tone: "alert", text: error instanceof ApiError ? error.message : "Could not save." });
      }
    } finally {
      setWorking(false);
    }
  };

  const reapply = () => {
    if (!conflict) return;
    const next = { ...claimToFields(conflict.theirs), ...conflict.mine };
    setBase(conflict.theirs);
    setFields(next);
    onSaved(conflict.theirs);
    void save(conflict.theirs, next);
  };

  const remove = async () => {
    if (!claim) return;
    setWorking(true);
    try {
      await claimsApi.remove(claim.id, claim.version);
      onDeleted(claim.id);
    } catch (error) {
      setConfirmDelete(false);
      setWorking(false);
      const theirs = error instanceof ApiError ? storedClaim(error) : null;
      if (theirs) {
        setConflict({ theirs, mine: {} });
      } else setMessage({ tone: "alert", text: error instanceof ApiError ? error.message : "Could not delete." });
    }
  };

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
          {kind ? `${KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? kind} claim` : "Claim"}
        </h2>
        {claim ? <span className={`status status--${claim.status}`}>{STATUS_LABELS[claim.status]}</span> : null}
        <button type="button" className="icon-button" aria-label="Close claim" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="claim-panel__body">
        {here.length > 1 ? (
          <nav className="claim-panel__here" aria-label="Claims at this spot">
            {here.map((id) => {
              const s = store.span(id);
              return (
                <button
                  key={id}
                  type="button"
                  className="here-chip"
                  aria-current={id === claimId ? "true" : undefined}
                  onClick={() => onSelect(id)}
                >
                  <span className={`dot hl--${s?.kind ?? "other"}`} aria-hidden="true" />
                  <span className="here-chip__text">
                    {store.claim(id)?.exact ?? KIND_LABELS[s?.kind as keyof typeof KIND_LABELS] ?? "Claim"}
                  </span>
                </button>
              );
            })}
          </nav>
        ) : null}
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
            {conflict ? (
              <ConflictNotice
                base={claim}
                theirs={conflict.theirs}
                mine={conflict.mine}
                onReapply={reapply}
                onDiscard={() => {
                  setBase(conflict.theirs);
                  setFields(claimToFields(conflict.theirs));
                  setConflict(null);
                  onSaved(conflict.theirs);
                }}
                working={working}
              />
            ) : null}
            {editable ? (
              <form
                className="claim-panel__form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void save(claim, fields);
                }}
              >
                <KindPicker
                  value={fields.kind}
                  onChange={(k) => setFields({ ...fields, kind: k })}
                  idPrefix={idPrefix}
                />
                <ClaimAttributeFields
                  fields={fields}
                  onChange={(p) => setFields({ ...fields, ...p })}
                  idPrefix={idPrefix}
                  errors={errors}
                />
                {message ? (
                  <p className={message.tone} role={message.tone === "alert" ? "alert" : "status"}>
                    {message.text}
                  </p>
                ) : null}
                {confirmDelete ? (
                  <div className="confirm-row" role="group" aria-label="Confirm delete">
                    <span>Delete this claim for good?</span>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={working}
                      onClick={remove}
                      autoFocus
                    >
                      Delete
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setConfirmDelete(false)}
                    >
                      Keep
                    </button>
                  </div>
                ) : (
                  <div className="claim-panel__actions">
                    <button
                      type="button"
                      className="button button--danger button--small"
                      onClick={() => setConfirmDelete(true)}
                    >
                      Delete…
                    </button>
                    <button type="submit" className="button button--small" disabled={working || conflict !== null}>
                      {working ? "Saving…" : "Save"}
                    </button>
                  </div>
                )}
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

function ReadOnlyClaim({ claim }: { claim: Claim }) {
  const fields = claimToFields(claim);
  const rows: [string, string | null][] = [
    [FIELD_LABELS.kind, KIND_LABELS[claim.kind]],
    ["Figure", figureText(claim)],
    [FIELD_LABELS.timeRef, fields.timeRef || null],
    [FIELD_LABELS.attributedTo, fields.attributedTo || null],
    [FIELD_LABELS.note, fields.note || null],
  ];
  return (
    <dl className="meta-list claim-panel__fields">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value ?? "—"}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
