import type { Db } from "@/lib/db/client";
import { parseRole, type Actor } from "@/lib/auth/permissions";
import { hashToken, TOKEN_PREFIX } from "./secret";

// lastUsedAt is bookkeeping, not an audit trail: writing it at most once a minute keeps
// every token-authenticated read from becoming a write.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The actor a bearer token stands for, or null when it is unknown, revoked or its user is disabled. */
export async function resolveApiToken({ db, secret }: { db: Db; secret: string }): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  const { id, email, name, role } = token.user;
  return { id, email, name, role: parseRole(role), tokenId: token.id };
}
