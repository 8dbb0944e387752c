import { z } from "zod";
import { Role } from "@/lib/auth/permissions";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { storableText, versionNumber } from "@/lib/http/wire-rules";

export const Email = storableText(z.string())
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "must be an email address" }));

const PasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

/** A new account. The password's length is checked here; the rest of the policy in `createUser`. */
export const CreateUserInput = z.object({
  email: Email,
  name: storableText(z.string()).trim().min(1, "is required").max(200, "must be at most 200 characters"),
  role: Role.default("annotator"),
  password: PasswordField,
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().max(MAX_PASSWORD_LENGTH).default(""),
  newPassword: PasswordField,
});
export type ChangePasswordInput = z.input<typeof ChangePasswordInput>;

export const SetRoleInput = z.object({
  role: Role,
  /** The version the caller last saw; a stale one is refused with 409. */
  version: versionNumber(z.number()).optional(),
});

/** Fields of a user that may leave the data layer. */
export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  mustChangePassword: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;
