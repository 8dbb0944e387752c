"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { Role, roles } from "@/lib/auth/permissions";
import { action } from "@/lib/http/action";
import { createUser } from "@/lib/users/create-user";
import { CreateUserInput } from "@/lib/users/schema";
import { setUserRole } from "@/lib/users/set-user-role";

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
