import type { Db } from "@/lib/db/client";
import { recordAudit, type AuditAction } from "@/lib/audit/record-audit";
import { userSnapshot } from "@/lib/audit/snapshots";
import { AppError } from "@/lib/errors";
import { publicUserSelect } from "./schema";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * One change to an account, written with its audit event in one transaction. `endSessions`
 * raises the user's session version, so every session cookie issued before is refused on its
 * next request (API tokens are separate: they end with a revocation or a disabled account).
 */
export async function changeAccount({
  db,
  actorId,
  userId,
  action,
  data,
  endSessions,
  check,
}: {
  db: Db;
  actorId: string | null;
  userId: string;
  action: AuditAction;
  data: { passwordHash?: string; disabledAt?: Date | null; mustChangePassword?: boolean };
  endSessions: boolean;
  /** Runs in the transaction before the write; throws to refuse. */
  check?: (tx: Tx, user: { id: string; role: string; disabledAt: Date | null }) => Promise<void>;
}) {
  return db.$transaction(async (tx) => {
    const before = await userSnapshot(tx, userId);
    if (!before) throw AppError.notFound("User");
    await check?.(tx, before);
    const user = await tx.user.update({
      where: { id: userId },
      data: { ...data, version: { increment: 1 }, ...(endSessions ? { sessionVersion: { increment: 1 } } : {}) },
      select: { ...publicUserSelect, sessionVersion: true },
    });
    await recordAudit(tx, {
      actorId,
      action,
      entityType: "user",
      entityId: userId,
      before,
      after: await userSnapshot(tx, userId),
    });
    return user;
  });
}

/** Refuses a change that would leave no enabled admin. */
export async function assertAnotherAdmin(tx: Tx, user: { id: string; role: string; disabledAt: Date | null }) {
  if (user.role !== "admin" || user.disabledAt) return;
  const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
  if (admins <= 1) throw new AppError("conflict", "This is the last admin; make someone else admin first");
}
