import type { Db } from "@/lib/db/client";
import { CreateTokenInput, publicTokenSelect } from "./schema";
import { hashToken, newTokenSecret } from "./secret";

/** Creates a personal token; the returned `secret` is the only time it is ever visible. */
export async function createApiToken({ db, userId, input }: { db: Db; userId: string; input: { name: string } }) {
  const { name } = CreateTokenInput.parse(input);
  const secret = newTokenSecret();
  const token = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(secret), prefix: secret.slice(0, 10) },
    select: publicTokenSelect,
  });
  return { ...token, secret };
}
