import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors";
import { assertAnotherAdmin, changeAccount } from "./account-change";

type Manager = Pick<Actor, "id">;

/**
 * Disables or enables an account. Disabled: every session and API token stops working on its
 * next request (both read the account on every request), and sign-in is refused. An admin
 * cannot disable themselves, nor the last enabled admin.
 */
export async function setUserDisabled({
  db,
  actor,
  userId,
  disabled,
}: {
  db: Db;
  actor: Manager | null;
  userId: string;
  disabled: boolean;
}) {
  if (disabled && actor?.id === userId) throw new AppError("conflict", "You cannot disable your own account");
  return changeAccount({
    db,
    actorId: actor?.id ?? null,
    userId,
    action: disabled ? "user.disable" : "user.enable",
    data: { disabledAt: disabled ? new Date() : null },
    endSessions: disabled,
    check: disabled ? assertAnotherAdmin : undefined,
  });
}

/** Ends every session of a user ("sign out everywhere"); their API tokens are left alone. */
export async function endUserSessions({ db, actor, userId }: { db: Db; actor: Manager | null; userId: string }) {
  return changeAccount({
    db,
    actorId: actor?.id ?? null,
    userId,
    action: "user.sign_out_everywhere",
    data: {},
    endSessions: true,
  });
}

/**
 * An admin sets a temporary password, returned once and never stored in the clear: the user
 * must replace it at their next sign-in, and every session they had is ended.
 */
export async function resetUserPassword({ db, actor, userId }: { db: Db; actor: Manager | null; userId: string }) {
  // 15 random bytes in base64url: 20 characters, 120 bits, no look-alike problems worth a custom alphabet.
  const temporaryPassword = randomBytes(15).toString("base64url");
  const user = await changeAccount({
    db,
    actorId: actor?.id ?? null,
    userId,
    action: "user.password_reset",
    data: { passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true },
    endSessions: true,
  });
  return { user, temporaryPassword };
}

/**
 * Sets a password chosen by whoever runs the CLI (the policy applies): the account's sessions
 * end and no change is asked for at the next sign-in.
 */
export async function setUserPassword({ db, userId, password }: { db: Db; userId: string; password: string }) {
  const email = (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email;
  if (!email) throw AppError.notFound("User");
  const problem = passwordProblem(password, { email });
  if (problem)
    throw new AppError("validation_failed", `The password ${problem}`, [{ path: "password", message: problem }]);
  return changeAccount({
    db,
    actorId: null,
    userId,
    action: "user.password_change",
    data: { passwordHash: await hashPassword(password), mustChangePassword: false },
    endSessions: true,
  });
}
