import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { getClaimContext } from "@/lib/evidence/get-claim-context";
import { AppError } from "@/lib/errors";

/** The claim for this request (shared by the page and its metadata), or the 404 page when the signed-in user may not see it. */
export const loadClaim = cache(async (id: string) => {
  const actor = await getCurrentActor();
  if (!actor) notFound();
  try {
    return await getClaimContext({ db: getDb(), actor, id });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
