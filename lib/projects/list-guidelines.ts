import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";

/** Every version of a project's guidelines, newest first, without their text; and the newest version the caller has opened. */
export async function listGuidelines({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
}) {
  await projectAccess({ db, actor, projectId });
  const [items, member] = await Promise.all([
    db.guidelinesVersion.findMany({
      where: { projectId },
      orderBy: { number: "desc" },
      select: { number: true, changeNote: true, createdAt: true, author: { select: { id: true, name: true } } },
    }),
    db.projectMember.findUnique({
      where: { projectId_userId: { projectId, userId: actor.id } },
      select: { guidelinesSeen: true },
    }),
  ]);
  return { items, seen: member?.guidelinesSeen ?? 0 };
}
