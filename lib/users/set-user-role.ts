import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/errors";
import { publicUserSelect } from "./schema";

/**
 * Changes a user's role. With `version`, the write only happens if nobody changed the user
 * since (409 otherwise). The last admin cannot demote themselves out of the system.
 */
export async function setUserRole({
  db,
  userId,
  role,
  version,
}: {
  db: Db;
  userId: string;
  role: Role;
  version?: number;
}) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: publicUserSelect });
    if (!user) throw AppError.notFound("User");
    if (version !== undefined && user.version !== version) {
      throw new AppError("conflict", "The user was changed by someone else; reload and try again", undefined, { current: user });
    }
    if (user.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new AppError("conflict", "This is the last admin; make someone else admin first");
    }
    const updated = await tx.user.updateMany({ where: { id: userId, version: user.version }, data: { role, version: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError("conflict", "The user was changed by someone else; reload and try again");
    return tx.user.findUniqueOrThrow({ where: { id: userId }, select: publicUserSelect });
  });
}
