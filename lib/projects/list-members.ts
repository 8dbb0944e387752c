import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";
import { memberSelect } from "./member-select";

/** A project's members with their roles, quotas and how many assignments they hold, by name. */
export async function listMembers({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
}) {
  await projectAccess({ db, actor, projectId });
  const items = await db.projectMember.findMany({
    where: { projectId },
    select: memberSelect,
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  return { items };
}
