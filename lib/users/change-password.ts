import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { changeAccount } from "./account-change";
import { passwordProblem } from "@/lib/auth/password-policy";
import { ChangePasswordInput } from "./schema";

/**
 * A user changes their own password, proving the current one (unless an admin's reset asked for
 * a new one, when the temporary password is the current one all the same). Every session is
 * ended, this one included: the caller issues this browser a new cookie with the returned
 * `sessionVersion`. Only from a session: an API token cannot change the password it stands beside.
 */
export async function changeOwnPassword({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "email" | "tokenId">;
  input: ChangePasswordInput;
}) {
  if (actor.tokenId) throw new AppError("forbidden", "An API token cannot change a password; sign in to do it");
  const data = ChangePasswordInput.parse(input);
  const problem = passwordProblem(data.newPassword, { email: actor.email });
  if (problem) {
    throw new AppError("validation_failed", `Invalid request: newPassword: ${problem}`, [
      { path: "newPassword", message: problem },
    ]);
  }
  const stored = await db.user.findUnique({ where: { id: actor.id }, omit: { passwordHash: false } });
  if (!stored) throw AppError.notFound("User");
  if (!stored.passwordHash) {
    throw new AppError(
      "conflict",
      "Your account signs in through your organisation's identity provider; it has no password here",
    );
  }
  if (!(await verifyPassword(data.currentPassword, stored.passwordHash))) {
    throw new AppError("validation_failed", "Invalid request: currentPassword: is not your current password", [
      { path: "currentPassword", message: "is not your current password" },
    ]);
  }
  if (await verifyPassword(data.newPassword, stored.passwordHash)) {
    throw new AppError("validation_failed", "Invalid request: newPassword: must differ from the current password", [
      { path: "newPassword", message: "must differ from the current password" },
    ]);
  }
  const passwordHash = await hashPassword(data.newPassword);
  return changeAccount({
    db,
    actorId: actor.id,
    userId: actor.id,
    action: "user.password_change",
    data: { passwordHash, mustChangePassword: false },
    endSessions: true,
  });
}
