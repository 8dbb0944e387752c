import { changedFields } from "./diff-snapshots";

/** What every reader of the log gets per event (the wire shape of history and audit items). */
export interface AuditEventView {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  /** Other users are shown by name; the email only to admins (see `withoutEmail`). */
  actor: { id: string; name: string; email?: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Fields that differ between before and after (bookkeeping columns left out). */
  changes: string[];
  createdAt: Date;
}

/** The columns a view needs, with the actor's name (actors are never deleted, only disabled). */
export const auditEventSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
};

/** Stored JSON back to an object; a row that is not an object (hand-written) is kept as `{ value }`. */
function parseSnapshot(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value));
    return { value };
  } catch {
    return { value: text };
  }
}

export function toAuditEventView(row: AuditRow): AuditEventView {
  const before = parseSnapshot(row.before);
  const after = parseSnapshot(row.after);
  return { ...row, before, after, changes: before && after ? changedFields(before, after) : [] };
}

/** The event without its actor's email: what callers who may not see other users' emails get. */
export function withoutEmail(event: AuditEventView): AuditEventView {
  return event.actor ? { ...event, actor: { id: event.actor.id, name: event.actor.name } } : event;
}
