import type { Db } from "@/lib/db/client";

/** How an account signs in: with a password here, and/or through linked identity providers. */
export async function signInMethods({ db, userId }: { db: Db; userId: string }) {
  const [user, identities] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } }),
    db.userIdentity.findMany({ where: { userId }, select: { provider: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return { password: !!user?.passwordHash, providers: identities.map((i) => i.provider) };
}
