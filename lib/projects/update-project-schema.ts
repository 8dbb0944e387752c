import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { getProject } from "./get-project";
import { projectAccess } from "./project-access";
import { parseVerdictLabels } from "./project-view";
import type { ProjectSchemaData } from "./schema";

const STALE = "The project was changed by someone else since you read it; reload and try again";

/**
 * Replaces a project's claim schema (managers): the kinds in the order given and the verdict
 * labels. A kind sent with its `id` is that kind, so a changed key is a rename and its claims
 * follow (the claims' foreign key cascades); a kind left out is removed, which is refused with
 * 409 and the number of claims when it has any. A verdict label left out that claims use is
 * refused the same way. All or nothing, with the project's version (409 when stale).
 */
export async function updateProjectSchema({
  db,
  actor,
  projectId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  input: ProjectSchemaData;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  try {
    await db.$transaction(async (tx) => {
      const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { verdictLabels: true } });
      const bumped = await tx.project.updateMany({
        where: { id: projectId, version: input.version },
        data: { version: { increment: 1 }, verdictLabels: JSON.stringify(input.verdictLabels) },
      });
      if (bumped.count !== 1) throw new AppError("conflict", STALE);
      const existing = await tx.projectKind.findMany({
        where: { projectId },
        select: { id: true, key: true, shortcut: true },
      });
      const byId = new Map(existing.map((k) => [k.id, k]));
      const unknown = input.kinds.findIndex((k) => k.id !== undefined && !byId.has(k.id));
      if (unknown >= 0) {
        const message = `names no kind of this project (leave id out for a new kind)`;
        throw new AppError("validation_failed", `Invalid request: kinds.${unknown}.id: ${message}`, [
          { path: `kinds.${unknown}.id`, message },
        ]);
      }
      const kept = new Set(input.kinds.map((k) => k.id).filter((id): id is string => id !== undefined));
      const removed = existing.filter((k) => !kept.has(k.id));
      for (const kind of removed) {
        const count = await tx.claim.count({ where: { projectId, kind: kind.key } });
        if (count > 0) {
          throw new AppError(
            "conflict",
            `The kind “${kind.key}” has ${count} claim${count === 1 ? "" : "s"}; change their kind or keep it (rename it instead of removing it)`,
            undefined,
            { kind: kind.key, claimCount: count },
          );
        }
      }
      const verdictKeys = new Set(input.verdictLabels.map((v) => v.key));
      const usedVerdicts = await tx.claim.groupBy({
        by: ["verdict"],
        where: { projectId, verdict: { not: null, notIn: [...verdictKeys] } },
        _count: { _all: true },
      });
      const used = usedVerdicts[0];
      if (used?.verdict) {
        throw new AppError(
          "conflict",
          `The verdict “${used.verdict}” is given on ${used._count._all} claim${used._count._all === 1 ? "" : "s"}; keep it in the verdict labels`,
          undefined,
          { verdict: used.verdict, claimCount: used._count._all },
        );
      }
      if (removed.length) await tx.projectKind.deleteMany({ where: { id: { in: removed.map((k) => k.id) } } });
      // Keys and keyboard keys are unique per project: clear them on the kinds that change first,
      // so a swap (1 ↔ 2, or two keys exchanged) never meets itself half way.
      const changing = input.kinds.filter((k) => {
        const before = k.id ? byId.get(k.id) : undefined;
        return before && (before.key !== k.key || before.shortcut !== k.shortcut);
      });
      for (const k of changing) {
        await tx.projectKind.update({ where: { id: k.id }, data: { key: `~${k.id}`, shortcut: null } });
      }
      for (const [position, k] of input.kinds.entries()) {
        const data = {
          key: k.key,
          label: k.label,
          colour: k.colour,
          shortcut: k.shortcut,
          definition: k.definition,
          examples: JSON.stringify(k.examples),
          attributes: JSON.stringify(k.attributes),
          position,
        };
        if (k.id) await tx.projectKind.update({ where: { id: k.id }, data: { ...data, version: { increment: 1 } } });
        else await tx.projectKind.create({ data: { ...data, projectId } });
      }
      const renamed = input.kinds
        .filter((k) => k.id && byId.get(k.id)!.key !== k.key)
        .map((k) => ({ from: byId.get(k.id!)!.key, to: k.key }));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.schema_update",
        entityType: "project",
        entityId: projectId,
        before: {
          kinds: existing.map((k) => k.key),
          verdictLabels: parseVerdictLabels(project.verdictLabels).map((v) => v.key),
        },
        after: {
          kinds: input.kinds.map((k) => k.key),
          verdictLabels: input.verdictLabels.map((v) => v.key),
          renamed,
          removed: removed.map((k) => k.key),
        },
      });
    });
  } catch (error) {
    if (error instanceof AppError && error.message === STALE) {
      throw new AppError("conflict", STALE, undefined, { current: await getProject({ db, actor, projectId }) });
    }
    throw error;
  }
  return getProject({ db, actor, projectId });
}
