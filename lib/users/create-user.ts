import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { userSnapshot } from "@/lib/audit/snapshots";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors";
import { CreateUserInput, publicUserSelect } from "./schema";

/**
 * Creates an account; the email must not be taken and the password must pass the policy
 * (`passwordProblem`, a 422 on `password`). The user and its `user.create` audit event are one
 * transaction; `actor` is who created it (null or absent: the seed script or the CLI).
 * `passwordPolicy: false` is for the seed's demo accounts and test factories only.
 */
export async function createUser({
  db,
  input,
  actor = null,
  passwordPolicy = true,
}: {
  db: Db;
  input: CreateUserInput;
  actor?: Pick<Actor, "id"> | null;
  passwordPolicy?: boolean;
}) {
  const data = CreateUserInput.parse(input);
  const problem = passwordPolicy ? passwordProblem(data.password, { email: data.email }) : null;
  if (problem) {
    throw new AppError("validation_failed", `Invalid request: password: ${problem}`, [
      { path: "password", message: problem },
    ]);
  }
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", `A user with email ${data.email} already exists`);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: publicUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: await userSnapshot(tx, user.id),
    });
    return user;
  });
}
