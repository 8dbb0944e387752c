"use client";

import { useActionState } from "react";
import { revokeTokenAction } from "../actions";
import { IDLE } from "@/lib/http/action-state";

export function RevokeTokenButton({ tokenId }: { tokenId: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, IDLE);
  return (
    <form action={action} className="row-actions row-actions--end">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="button button--danger button--small" disabled={pending} aria-busy={pending}>
        Revoke
      </button>
      {state.status === "error" ? (
        <p role="alert" className="error-text row-message">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
