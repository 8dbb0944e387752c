export interface CreateTokenFormState {
  status: "idle" | "created" | "error";
  message?: string;
  fieldError?: string;
  /** The new token's secret: present only in the response that created it. */
  secret?: string;
  name?: string;
}

export const initialCreateTokenState: CreateTokenFormState = { status: "idle" };

export interface RevokeTokenFormState {
  status: "idle" | "error";
  message?: string;
}

export const initialRevokeTokenState: RevokeTokenFormState = { status: "idle" };
