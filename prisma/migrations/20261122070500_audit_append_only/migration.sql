-- Audit events are append-only: the app never changes or removes one, and nothing else that
-- talks to the database may either. The one change allowed is the actor foreign key's own
-- ON DELETE SET NULL, when the acting user's row is removed.
CREATE TRIGGER "AuditEvent_append_only_update" BEFORE UPDATE ON "AuditEvent"
WHEN NEW."actorId" IS NOT NULL
  OR NEW."id" IS NOT OLD."id"
  OR NEW."action" IS NOT OLD."action"
  OR NEW."entityType" IS NOT OLD."entityType"
  OR NEW."entityId" IS NOT OLD."entityId"
  OR NEW."before" IS NOT OLD."before"
  OR NEW."after" IS NOT OLD."after"
  OR NEW."createdAt" IS NOT OLD."createdAt"
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER "AuditEvent_append_only_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
