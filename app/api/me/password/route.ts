import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { freshSessionCookie } from "@/lib/auth/session-cookie";
import { changeOwnPassword } from "@/lib/users/change-password";
import { ChangePasswordInput } from "@/lib/users/schema";

/**
 * Changes the caller's password `{ currentPassword, newPassword }`. Every session of the account
 * ends; this one gets a new cookie in the answer. Only from a session (403 with a token).
 */
export const POST = route({ permission: "articles.read", body: ChangePasswordInput }, async ({ db, actor, body }) => {
  const user = await changeOwnPassword({ db, actor, input: body });
  const cookie = await freshSessionCookie(user.id, user.sessionVersion);
  const res = NextResponse.json({ changed: true, sessionsEnded: true });
  res.cookies.set(cookie.name, cookie.value, cookie.options);
  return res;
});
