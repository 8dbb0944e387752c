import type { Db } from "@/lib/db/client";

/**
 * The whole claim row (every scalar column, no select), so columns added later (verdict,
 * cluster, …) appear in the trail without touching this file. Claims hold no secrets.
 */
export async function claimSnapshot(tx: Pick<Db, "claim">, id: string) {
  return tx.claim.findUnique({ where: { id } });
}

/**
 * A user as the log keeps it: the client's global `omit` already leaves the password hash
 * out, and `serializeSnapshot` drops secret-named keys as a second guard.
 */
export async function userSnapshot(tx: Pick<Db, "user">, id: string) {
  return tx.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      mustChangePassword: true,
      sessionVersion: true,
      version: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}
