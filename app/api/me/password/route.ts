import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { freshSessionCookie } from "@/lib/auth/session-cookie";
import { changeOwnPassword } from "@/lib/users/change-password";

export const POST = route(ops.changePassword, async ({ db, actor, body }) => {
  const user = await changeOwnPassword({ db, actor, input: body });
  const cookie = await freshSessionCookie(user.id, user.sessionVersion);
  const res = NextResponse.json({ changed: true, sessionsEnded: true });
  res.cookies.set(cookie.name, cookie.value, cookie.options);
  return res;
});
