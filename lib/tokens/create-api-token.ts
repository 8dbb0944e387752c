import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CreateTokenInput, publicTokenSelect } from "./schema";
import { hashToken, newTokenSecret } from "./secret";

/**
 * Creates a personal token; the returned `secret` is the only time it is ever visible. A request
 * authenticated by a token (`viaTokenId`) may not create one: revoking a leaked token must be
 * enough, so a token cannot leave others behind.
 */
export async function createApiToken({
  db,
  userId,
  input,
  viaTokenId,
}: {
  db: Db;
  userId: string;
  input: { name: string };
  viaTokenId?: string;
}) {
  const { name } = CreateTokenInput.parse(input);
  if (viaTokenId) {
    throw new AppError("forbidden", "An API token cannot create tokens; sign in and create it on the Account page");
  }
  const secret = newTokenSecret();
  const token = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(secret), prefix: secret.slice(0, 10) },
    select: publicTokenSelect,
  });
  return { ...token, secret };
}
