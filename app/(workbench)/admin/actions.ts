"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, Role } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";
import { setUserRole } from "@/lib/users/set-user-role";
import { describeError, field } from "../_components/action-errors";
import type { CreateUserFormState, RoleFormState } from "./form-state";

const NOT_ALLOWED = "Your session has ended or you no longer manage users. Reload the page.";

// Actions are public endpoints: the page's own check does not protect them.
async function userManager() {
  const actor = await getCurrentActor();
  return actor && can(actor, "users.manage") ? actor : null;
}

const SetRoleForm = z.object({
  userId: z.string().min(1).max(100),
  role: Role,
  version: z.coerce.number().int().positive(),
});

export async function saveRole(_prev: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const actor = await userManager();
  if (!actor) return { status: "error", message: NOT_ALLOWED };
  const parsed = SetRoleForm.safeParse({
    userId: field(formData, "userId"),
    role: field(formData, "role"),
    version: field(formData, "version"),
  });
  if (!parsed.success) return { status: "error", message: "Choose one of the listed roles." };
  try {
    const user = await setUserRole({ db: getDb(), actor, ...parsed.data });
    revalidatePath("/admin");
    return { status: "saved", message: `Saved: now ${user.role}.` };
  } catch (error) {
    return { status: "error", message: describeError(error).message };
  }
}

const labels = { email: "Email", name: "Name", role: "Role", password: "Password" };

export async function createUserAction(_prev: CreateUserFormState, formData: FormData): Promise<CreateUserFormState> {
  const rawRole = field(formData, "role");
  const role = Role.safeParse(rawRole);
  const values = {
    email: field(formData, "email"),
    name: field(formData, "name"),
    role: role.success ? role.data : ("" as const),
  };
  const actor = await userManager();
  if (!actor) return { status: "error", message: NOT_ALLOWED, values };
  // A tampered role is refused, not quietly replaced by the default.
  if (rawRole && !role.success) {
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { role: "Role must be annotator, reviewer or admin." },
      values,
    };
  }
  try {
    const input = {
      email: values.email,
      name: values.name,
      role: role.success ? role.data : undefined,
      password: field(formData, "password"),
    };
    const user = await createUser({ db: getDb(), actor, input });
    revalidatePath("/admin");
    return { status: "created", message: `Created ${user.name} (${user.email}) as ${user.role}.` };
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      return {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: { email: error.message + "." },
        values,
      };
    }
    const problem = describeError(error, labels);
    return { status: "error", message: problem.message, fieldErrors: problem.fieldErrors, values };
  }
}
