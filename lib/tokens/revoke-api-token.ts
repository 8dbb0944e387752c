import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publicTokenSelect } from "./schema";

/**
 * Revokes a token. Scoped by owner inside the query: a user can only revoke their own
 * tokens unless `anyOwner` (admins) is set; someone else's token is reported as not found.
 */
export async function revokeApiToken({
  db,
  tokenId,
  userId,
  anyOwner = false,
}: {
  db: Db;
  tokenId: string;
  userId: string;
  anyOwner?: boolean;
}) {
  const where = anyOwner ? { id: tokenId } : { id: tokenId, userId };
  const token = await db.apiToken.findFirst({ where, select: publicTokenSelect });
  if (!token) throw AppError.notFound("Token");
  if (token.revokedAt) return token;
  return db.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: publicTokenSelect });
}
