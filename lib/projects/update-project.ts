import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { DEFAULT_PROJECT_ID } from "./default-project";
import { getProject } from "./get-project";
import { projectAccess } from "./project-access";
import { projectSelect, type UpdateProjectData } from "./schema";

const STALE = "The project was changed by someone else since you read it; reload and try again";

/**
 * Changes a project's name, description, licence or workflow settings (managers), with the
 * version last read (a stale one is a 409 with the current project). A change of annotators
 * per article or of blind applies to the articles not yet started; started ones keep what they
 * started with. A quota below what an annotator already holds is refused (422, naming them).
 * The Default project cannot be archived or hidden from the instance.
 */
export async function updateProject({
  db,
  actor,
  projectId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  input: UpdateProjectData;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  const { version, archived, ...changes } = input;
  if (projectId === DEFAULT_PROJECT_ID && (archived || (changes.visibility && changes.visibility !== "instance"))) {
    throw new AppError(
      "validation_failed",
      "Invalid request: the Default project stays open to every user and cannot be archived",
      [{ path: archived ? "archived" : "visibility", message: "cannot be changed on the Default project" }],
    );
  }
  await db
    .$transaction(async (tx) => {
      const before = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: projectSelect });
      if (before.version !== version) throw new AppError("conflict", STALE);
      const merged = { ...before, ...changes };
      if (changes.quotaCount !== undefined || changes.quotaShare !== undefined) {
        if (changes.quotaCount != null) merged.quotaShare = changes.quotaShare ?? null;
        if (changes.quotaShare != null) merged.quotaCount = changes.quotaCount ?? null;
        if (merged.quotaCount !== null && merged.quotaShare !== null) {
          throw new AppError(
            "validation_failed",
            "Invalid request: quotaShare: give a quota as a count or as a share, not both",
            [
              {
                path: "quotaShare",
                message: "give a quota as a count or as a share, not both (send null for the other)",
              },
            ],
          );
        }
        await assertQuotaAboveHeld(tx, projectId, merged.quotaCount, merged.quotaShare);
      }
      const updated = await tx.project.updateMany({
        where: { id: projectId, version },
        data: {
          ...changes,
          quotaCount: merged.quotaCount,
          quotaShare: merged.quotaShare,
          ...(archived !== undefined ? { archivedAt: archived ? (before.archivedAt ?? new Date()) : null } : {}),
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1)
        throw new AppError(
          "conflict",
          "The project was changed by someone else since you read it; reload and try again",
        );
      if (changes.annotatorsPerArticle !== undefined || changes.blind !== undefined) {
        await tx.projectArticle.updateMany({
          where: { projectId, startedAt: null },
          data: {
            ...(changes.annotatorsPerArticle !== undefined ? { targetAnnotators: changes.annotatorsPerArticle } : {}),
            ...(changes.blind !== undefined ? { blind: changes.blind } : {}),
          },
        });
      }
      const changed = Object.fromEntries(
        Object.entries({ ...changes, ...(archived !== undefined ? { archived } : {}) }).filter(
          ([k, v]) => (before as Record<string, unknown>)[k] !== v,
        ),
      );
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.update",
        entityType: "project",
        entityId: projectId,
        before: Object.fromEntries(
          Object.keys(changed).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]),
        ),
        after: changed,
      });
    })
    .catch(async (error: unknown) => {
      if (error instanceof AppError && error.message === STALE) {
        throw new AppError("conflict", STALE, undefined, { current: await getProject({ db, actor, projectId }) });
      }
      throw error;
    });
  return getProject({ db, actor, projectId });
}

async function assertQuotaAboveHeld(
  tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
  projectId: string,
  quotaCount: number | null,
  quotaShare: number | null,
) {
  if (quotaCount === null && quotaShare === null) return;
  const limit =
    quotaCount ?? Math.ceil((quotaShare ?? 0) * (await tx.projectArticle.count({ where: { projectId } })) - 1e-9);
  const over = await tx.projectMember.findFirst({
    where: { projectId, quota: null, activeAssignments: { gt: limit } },
    orderBy: { activeAssignments: "desc" },
    select: { activeAssignments: true, user: { select: { name: true, email: true } } },
  });
  if (over) {
    const path = quotaCount !== null ? "quotaCount" : "quotaShare";
    const message = `is below what ${over.user.name} <${over.user.email}> already holds (${over.activeAssignments} articles); return some of their assignments first or choose at least ${over.activeAssignments}`;
    throw new AppError("validation_failed", `Invalid request: ${path}: ${message}`, [{ path, message }]);
  }
}
