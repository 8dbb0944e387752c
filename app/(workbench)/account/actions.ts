"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { freshSessionCookie } from "@/lib/auth/session-cookie";
import { AppError } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/change-password";
import { action } from "@/lib/http/action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { CreateTokenInput } from "@/lib/tokens/schema";

const SIGNED_OUT = "Your session has ended. Sign in again to manage tokens.";

export const createTokenAction = action(
  { permission: "signed-in", input: CreateTokenInput, refused: SIGNED_OUT, labels: { name: "Name" } },
  async ({ actor, db, input }) => {
    const token = await createApiToken({ db, userId: actor.id, input });
    revalidatePath("/account");
    return { status: "created" as const, secret: token.secret, name: token.name };
  },
);

export const revokeTokenAction = action(
  {
    permission: "signed-in",
    input: z.object({ tokenId: z.string().min(1) }),
    refused: SIGNED_OUT,
    invalid: "No token was given.",
  },
  async ({ actor, db, input }) => {
    // Scoped to the actor's own tokens: someone else's id is reported as not found.
    await revokeApiToken({ db, tokenId: input.tokenId, userId: actor.id });
    revalidatePath("/account");
    return { status: "idle" as const };
  },
);

const ChangePasswordForm = z.object({
  currentPassword: z.string(),
  newPassword: z.string(),
  confirmPassword: z.string(),
});

/** Changes the caller's password: every other session ends, this browser gets a fresh cookie. */
export const changePasswordAction = action(
  {
    permission: "signed-in",
    input: ChangePasswordForm,
    refused: "Your session has ended. Sign in again to change your password.",
    labels: {
      currentPassword: "Current password",
      newPassword: "New password",
      confirmPassword: "The repeated password",
    },
  },
  async ({ actor, db, input }) => {
    if (input.newPassword !== input.confirmPassword) {
      throw new AppError("validation_failed", "The two new passwords differ", [
        { path: "confirmPassword", message: "differs from the new password" },
      ]);
    }
    const user = await changeOwnPassword({
      db,
      actor,
      input: { currentPassword: input.currentPassword, newPassword: input.newPassword },
    });
    const cookie = await freshSessionCookie(user.id, user.sessionVersion);
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    revalidatePath("/account");
    return {
      status: "changed" as const,
      message: "Password changed. Every other session of your account has been signed out.",
    };
  },
);
