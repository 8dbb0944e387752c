"use server";

import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { describeError, field } from "../_components/action-errors";
import type { CreateTokenFormState, RevokeTokenFormState } from "./form-state";

const SIGNED_OUT = "Your session has ended. Sign in again to manage tokens.";

export async function createTokenAction(
  _prev: CreateTokenFormState,
  formData: FormData,
): Promise<CreateTokenFormState> {
  // Re-checked here: an action is a public endpoint, whatever the page did.
  const actor = await getCurrentActor();
  if (!actor) return { status: "error", message: SIGNED_OUT };
  try {
    const token = await createApiToken({ db: getDb(), userId: actor.id, input: { name: field(formData, "name") } });
    revalidatePath("/account");
    return { status: "created", secret: token.secret, name: token.name };
  } catch (error) {
    const problem = describeError(error, { name: "Name" });
    return { status: "error", message: problem.message, fieldError: problem.fieldErrors.name };
  }
}

export async function revokeTokenAction(
  _prev: RevokeTokenFormState,
  formData: FormData,
): Promise<RevokeTokenFormState> {
  const actor = await getCurrentActor();
  if (!actor) return { status: "error", message: SIGNED_OUT };
  const tokenId = field(formData, "tokenId");
  if (!tokenId) return { status: "error", message: "No token was given." };
  try {
    // Scoped to the actor's own tokens: someone else's id is reported as not found.
    await revokeApiToken({ db: getDb(), tokenId, userId: actor.id });
    revalidatePath("/account");
    return { status: "idle" };
  } catch (error) {
    return { status: "error", message: describeError(error).message };
  }
}
