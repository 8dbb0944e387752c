import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { SHUFFLE_KEY_RANGE } from "./include-articles";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { projectAccess } from "./project-access";
import { guidelinesSelect } from "./publish-guidelines";

/**
 * One version of a project's guidelines (the newest when `number` is not given; null when the
 * project has none yet). Reading a version through `markSeen` records that the caller opened it,
 * which is what "open the new guidelines before the next article" checks.
 */
export async function getGuidelines({
  db,
  actor,
  projectId,
  number,
  markSeen = false,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  number?: number;
  markSeen?: boolean;
}) {
  const access = await projectAccess({ db, actor, projectId });
  const version = await db.guidelinesVersion.findFirst({
    where: { projectId, ...(number !== undefined ? { number } : {}) },
    orderBy: { number: "desc" },
    select: guidelinesSelect,
  });
  if (!version) {
    if (number !== undefined) throw AppError.notFound(`Version ${number} of the guidelines`);
    return null;
  }
  if (markSeen && (access.member || access.role === "annotator")) {
    if (!access.member) {
      // An annotator of a project open to the instance gets their membership row on first use.
      await db.projectMember
        .create({ data: { projectId, userId: actor.id, role: "annotator", shuffleSeed: randomInt(SHUFFLE_KEY_RANGE) } })
        .catch((error: unknown) => {
          if (!(typeof error === "object" && error !== null && "code" in error && error.code === "P2002")) throw error;
        });
    }
    await db.projectMember.updateMany({
      where: { projectId, userId: actor.id, guidelinesSeen: { lt: version.number } },
      data: { guidelinesSeen: version.number },
    });
  }
  return version;
}
