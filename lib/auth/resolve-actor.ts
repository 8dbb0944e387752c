import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import type { Db } from "@/lib/db/client";
import { resolveApiToken } from "@/lib/tokens/resolve-api-token";
import { parseRole, type Actor } from "./permissions";
import { authSecret } from "./secret";

/**
 * Loads the current state of a session's user; null when the account is gone or disabled, or
 * when the session was issued before the account's sessions were ended (sign-out, password
 * change or reset, "sign out everywhere"). Cookies from before session versions count as 1.
 */
export async function actorForUserId(
  db: Db,
  userId: string | undefined,
  sessionVersion: unknown = 1,
): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      sessionVersion: true,
      mustChangePassword: true,
    },
  });
  if (!user || user.disabledAt) return null;
  if (user.sessionVersion !== (sessionVersion ?? 1)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: parseRole(user.role),
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

/**
 * Who a request acts for: `Authorization: Bearer <token>` if present (a bad token is not
 * silently downgraded to the cookie), else the session cookie.
 */
export async function resolveActor(db: Db, req: NextRequest): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ? resolveApiToken({ db, secret: match[1] }) : null;
  }
  const token = await getToken({ req, secret: authSecret() });
  return actorForUserId(db, token?.sub, token?.sv);
}
