import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/test/support/http";
import { seedUser } from "@/lib/seed/seed-user";
import { recordAudit } from "./record-audit";

async function eventBy(actorId: string) {
  const entityId = `append-only-${randomBytes(4).toString("hex")}`;
  await testDb().$transaction((tx) =>
    recordAudit(tx, {
      actorId,
      action: "claim.update",
      entityType: "claim",
      entityId,
      before: { note: "a" },
      after: { note: "b" },
    }),
  );
  return testDb().auditEvent.findFirstOrThrow({ where: { entityId } });
}

describe("audit events are append-only in the database itself", () => {
  it("refuses to change or delete an event, whoever asks", async () => {
    const { user } = await seedUser(testDb(), {
      email: uniqueEmail("auditor"),
      name: "Append Only",
      role: "annotator",
      password: "append-only-pass",
    });
    const event = await eventBy(user.id);

    await expect(
      testDb().auditEvent.update({ where: { id: event.id }, data: { after: JSON.stringify({ note: "forged" }) } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      testDb().auditEvent.update({ where: { id: event.id }, data: { actorId: null, action: "claim.delete" } }),
    ).rejects.toThrow(/append-only/);
    await expect(testDb().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(testDb().auditEvent.deleteMany({ where: { entityId: event.entityId } })).rejects.toThrow(
      /append-only/,
    );
    await expect(
      testDb().$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'elsewhere' WHERE "id" = ${event.id}`,
    ).rejects.toThrow(/append-only/);

    expect(await testDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("still lets the actor's user row go, keeping the event without its actor", async () => {
    const { user } = await seedUser(testDb(), {
      email: uniqueEmail("leaver"),
      name: "Leaver",
      role: "annotator",
      password: "append-only-pass",
    });
    const event = await eventBy(user.id);
    await testDb().user.delete({ where: { id: user.id } });
    expect(await testDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual({
      ...event,
      actorId: null,
    });
  });
});
