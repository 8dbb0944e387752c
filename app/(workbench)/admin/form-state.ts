import type { Role } from "@/lib/auth/permissions";

export interface RoleFormState {
  status: "idle" | "saved" | "error";
  message?: string;
}

export const initialRoleState: RoleFormState = { status: "idle" };

export interface CreateUserFormState {
  status: "idle" | "created" | "error";
  message?: string;
  fieldErrors?: Partial<Record<"email" | "name" | "role" | "password", string>>;
  /** What was typed (never the password), so a rejected form keeps its values. */
  values?: { email: string; name: string; role: Role | "" };
}

export const initialCreateUserState: CreateUserFormState = { status: "idle" };
