"use client";

import { useState } from "react";
import { claimToFields } from "../claim-format";
import type { FieldErrors } from "../claim-fields";
import { issuesToFieldErrors } from "../claim-fields";
import type { Claim, ClaimFields } from "../claim-types";
import { ApiError, claimsApi, fieldsToBody, storedClaim } from "../claims-api";
import { changedFields } from "./claim-conflict";

/** A stale write: the claim as someone else left it, and the fields this user changed. */
export interface EditConflict {
  theirs: Claim;
  mine: Partial<ClaimFields>;
}

/**
 * Editing one claim of the panel: the form's fields over the claim as read (`base`); Save sends
 * only what changed, with the version it was read at; a 409 becomes a `conflict` to reapply on
 * top of theirs or discard. `stored` is the claim in the store, which may arrive after the
 * panel opened (details load once the reader is interactive).
 */
export function useClaimEdit({
  stored,
  onSaved,
  onDeleted,
}: {
  stored: Claim | undefined;
  onSaved: (claim: Claim) => void;
  onDeleted: (id: string) => void;
}) {
  const [base, setBase] = useState<Claim | undefined>(stored);
  const [fields, setFields] = useState<ClaimFields | null>(stored ? claimToFields(stored) : null);
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ tone: "alert" | "notice"; text: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  // Details may arrive after the panel opened (they load once the reader is interactive): taken
  // up in this render, before anything is drawn without them.
  if (stored && !base) {
    setBase(stored);
    setFields(claimToFields(stored));
  }

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

  /** Takes their claim as it is now, dropping this user's edits. */
  const discard = (theirs: Claim) => {
    setBase(theirs);
    setFields(claimToFields(theirs));
    setConflict(null);
    onSaved(theirs);
  };

  const reapply = () => {
    if (!conflict) return;
    const next = { ...claimToFields(conflict.theirs), ...conflict.mine };
    setBase(conflict.theirs);
    setFields(next);
    onSaved(conflict.theirs);
    void save(conflict.theirs, next);
  };

  const remove = async (claim: Claim) => {
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

  return {
    base,
    fields,
    setFields,
    conflict,
    confirmDelete,
    setConfirmDelete,
    working,
    message,
    errors,
    save,
    discard,
    reapply,
    remove,
  };
}
