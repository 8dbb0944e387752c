import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can, type Actor, type Permission } from "./permissions";
import { authOptions } from "./options";
import { actorForUserId } from "./resolve-actor";

/** The signed-in user for server components and server actions (once per request). */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string; sessionVersion?: number } | null;
  return actorForUserId(getDb(), session?.userId, session?.sessionVersion);
});

/**
 * For pages: the signed-in user, or a redirect to the sign-in page (coming back to `from`).
 * With a permission, a user who lacks it gets the "not allowed" page instead.
 */
export async function requireActor(from: string, permission?: Permission): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(from)}`);
  // A temporary password from an admin's reset is replaced before anything else.
  if (actor.mustChangePassword && from !== "/account") redirect("/account?password=required");
  if (permission && !can(actor, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return actor;
}
