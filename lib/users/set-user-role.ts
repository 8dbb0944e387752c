import type { Db } from "@/lib/db/client";
import type { Actor, Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { userSnapshot } from "@/lib/audit/snapshots";
import { AppError } from "@/lib/errors";
import { publicUserSelect } from "./schema";

/**
 * Changes a user's role. With `version`, the write only happens if nobody changed the user
 * since (409 otherwise). The last admin cannot demote themselves out of the system.
 * The change and its `user.role_change` audit event (by `actor`; null for the CLI) are one transaction.
 */
export async function setUserRole({
  db,
  userId,
  role,
  version,
  actor = null,
}: {
  db: Db;
  actor?: Pick<Actor, "id"> | null;
  userId: string;
  role: Role;
  version?: number;
}) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: publicUserSelect });
    if (!user) throw AppError.notFound("User");
    if (version !== undefined && user.version !== version) {
      throw new AppError("conflict", "The user was changed by someone else; reload and try again", undefined, {
        current: user,
      });
    }
    if (user.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new AppError("conflict", "This is the last admin; make someone else admin first");
    }
    const updated = await tx.user.updateMany({
      where: { id: userId, version: user.version },
      data: { role, version: { increment: 1 } },
    });
    if (updated.count !== 1)
      throw new AppError("conflict", "The user was changed by someone else; reload and try again");
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.role_change",
      entityType: "user",
      entityId: userId,
      before: user,
      after: await userSnapshot(tx, userId),
    });
    return tx.user.findUniqueOrThrow({ where: { id: userId }, select: publicUserSelect });
  });
}
