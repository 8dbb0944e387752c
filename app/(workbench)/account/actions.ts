"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
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
