"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { Role, roles } from "@/lib/auth/permissions";
import { action } from "@/lib/http/action";
import { createUser } from "@/lib/users/create-user";
import { CreateUserInput } from "@/lib/users/schema";
import { setUserRole } from "@/lib/users/set-user-role";
import { endUserSessions, resetUserPassword, setUserDisabled } from "@/lib/users/manage-account";

const NOT_ALLOWED = "Your session has ended or you no longer manage users. Reload the page.";

const SetRoleForm = z.object({
  userId: z.string().min(1).max(100),
  role: Role,
  version: z.coerce.number().int().positive(),
});

export const saveRole = action(
  { permission: "users.manage", input: SetRoleForm, refused: NOT_ALLOWED, invalid: "Choose one of the listed roles." },
  async ({ actor, db, input }) => {
    const user = await setUserRole({ db, actor, ...input });
    revalidatePath("/admin");
    return { status: "saved" as const, message: `Saved: now ${user.role}.` };
  },
);

// No role chosen means the default; a tampered one is refused, not quietly replaced by it.
const CreateUserForm = CreateUserInput.extend({
  role: z
    .enum(["", ...roles], { error: "must be annotator, reviewer or admin" })
    .transform((role) => role || undefined),
});

export const createUserAction = action(
  {
    permission: "users.manage",
    input: CreateUserForm,
    refused: NOT_ALLOWED,
    labels: { email: "Email", name: "Name", role: "Role", password: "Password" },
    errorFields: { conflict: "email" },
    keep: ["email", "name", "role"],
  },
  async ({ actor, db, input }) => {
    const user = await createUser({ db, actor, input });
    revalidatePath("/admin");
    return { status: "created" as const, message: `Created ${user.name} (${user.email}) as ${user.role}.` };
  },
);

const AccountActionForm = z.object({
  userId: z.string().min(1).max(100),
  op: z.enum(["disable", "enable", "reset-password", "sign-out"]),
});

/** Disables, enables, resets the password of, or signs out everywhere one user. */
export const accountAction = action(
  { permission: "users.manage", input: AccountActionForm, refused: NOT_ALLOWED, invalid: "Unknown account action." },
  async ({ actor, db, input: { userId, op } }) => {
    let temporaryPassword: string | undefined;
    let message: string;
    if (op === "disable" || op === "enable") {
      await setUserDisabled({ db, actor, userId, disabled: op === "disable" });
      message = op === "disable" ? "Disabled: signed out everywhere, tokens stopped." : "Enabled.";
    } else if (op === "sign-out") {
      await endUserSessions({ db, actor, userId });
      message = "Signed out everywhere.";
    } else {
      temporaryPassword = (await resetUserPassword({ db, actor, userId })).temporaryPassword;
      message = "Temporary password (shown once; they choose a new one when they sign in):";
    }
    revalidatePath("/admin");
    return { status: "done" as const, message, temporaryPassword };
  },
);
