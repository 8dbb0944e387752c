import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";

/** The project an import added its articles to, as its answer names it. */
export interface ImportProject {
  id: string;
  name: string;
}

/**
 * The project an import names (`?projectId=`), once the caller is known to manage it: 404 when
 * the project does not exist or is not theirs to see, 403 when they see it without managing it.
 * Undefined when none is named (the import then goes to the Default project, as before).
 */
export async function importTarget({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string | undefined;
}): Promise<ImportProject | undefined> {
  if (projectId === undefined) return undefined;
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  return db.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, name: true } });
}
