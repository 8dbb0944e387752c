import type { Db } from "@/lib/db/client";

/**
 * Ends every session of a user on sign-out by raising the session version, unless another
 * sign-out or password change already did (then the cookie was stale anyway).
 */
export async function endOwnSession(db: Db, userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}
