-- Audit events are append-only: the app never changes or removes one, and nothing else that
-- talks to the database may either. The one change allowed is the actor foreign key's own
-- ON DELETE SET NULL, when the acting user's row is removed.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."actorId" IS NULL
     AND (NEW."id", NEW."action", NEW."entityType", NEW."entityId", NEW."before", NEW."after", NEW."createdAt")
         IS NOT DISTINCT FROM (OLD."id", OLD."action", OLD."entityType", OLD."entityId", OLD."before", OLD."after", OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_append_only_truncate" BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
