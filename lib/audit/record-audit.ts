/**
 * The append-only audit trail: one `AuditEvent` row per change, written by `recordAudit`
 * INSIDE the same `$transaction` as the change itself, so either both exist or neither does.
 *
 * How to audit a new kind of change (e.g. evidence links, clusters):
 *
 * 1. Add its action below (`<entity>.<verb>`, lower case, snake_case verbs).
 * 2. In the domain function, do the write and the audit in one transaction:
 *
 *    ```ts
 *    return db.$transaction(async (tx) => {
 *      const link = await tx.evidence.create({ data });
 *      await recordAudit(tx, { actorId: actor.id, action: "evidence.link", entityType: "claim", entityId: link.claimId, after: link });
 *      return link;
 *    });
 *    ```
 *
 * `entityType`/`entityId` name the record whose history the event belongs to. Changes to a
 * claim's parts (its evidence links, its review decisions) are recorded against the claim, so
 * the claim's timeline (`getClaimHistory`) shows them, and the action says what the part was.
 * Nothing in the app updates or deletes audit events; there is no route for it on purpose.
 */
import type { Db } from "@/lib/db/client";

/** Every action the app records. The admin log offers these as filters. */
export const auditActions = [
  "claim.create",
  "claim.update",
  "claim.delete",
  "claim.submit",
  "claim.approve",
  "claim.reject",
  "claim.request_changes",
  "claim.reopen",
  "claim.undo_decision",
  "claim.merge",
  "claim.reanchor",
  "claim.cluster_add",
  "claim.cluster_remove",
  "evidence.link",
  "evidence.unlink",
  "article.escalate",
  "adjudication.open",
  "adjudication.merge",
  "adjudication.decide",
  "adjudication.undo",
  "adjudication.close",
  "user.create",
  "user.role_change",
  "user.password_change",
  "user.password_reset",
  "user.disable",
  "user.enable",
  "user.sign_out_everywhere",
  "user.identity_link",
  "suggestion.dismiss",
  "article.import",
  "article.restore_block",
  "article.reclean",
  "cluster.create",
  "project.create",
  "project.update",
  "project.schema_update",
  "project.member_add",
  "project.member_update",
  "project.member_remove",
  "project.articles_add",
  "project.article_remove",
  "guidelines.publish",
  "assignment.take",
  "assignment.assign",
  "assignment.start",
  "assignment.submit",
  "assignment.return",
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Kinds of record an event can be about. */
export const auditEntityTypes = ["claim", "user", "article", "cluster", "project", "assignment"] as const;
type AuditEntityType = (typeof auditEntityTypes)[number];

/** A JSON-serialisable picture of a record (Dates become ISO strings). */
export type AuditSnapshot = Record<string, unknown>;

export interface AuditEntry {
  /** Who made the change; null for the system (seed script, CLI without a user). */
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  /** The record before the change; omit or null for a create. */
  before?: AuditSnapshot | null;
  /** The record after the change; omit or null for a delete. */
  after?: AuditSnapshot | null;
}

/**
 * Anything that can write audit rows: the transaction client handed to `$transaction`'s
 * callback. (A plain client also fits the type; passing one defeats the point, so don't.)
 */
export type AuditWriter = Pick<Db, "auditEvent">;

// Secrets never enter the log, whatever a caller passes as a snapshot.
const SECRET_KEYS = new Set(["password", "passwordHash", "tokenHash", "secret", "token"]);

/** The JSON text stored in `before`/`after`: secrets dropped at any depth. */
export function serializeSnapshot(snapshot: AuditSnapshot | null | undefined): string | null {
  if (snapshot === null || snapshot === undefined) return null;
  return JSON.stringify(snapshot, (key, value: unknown) => (SECRET_KEYS.has(key) ? undefined : value));
}

/**
 * Appends one audit event. Call it with the transaction client, after the change and before
 * the callback returns: if this insert fails the change is rolled back, and if the change
 * fails this never runs.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<{ id: string }> {
  return tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: serializeSnapshot(entry.before),
      after: serializeSnapshot(entry.after),
    },
    select: { id: true },
  });
}
