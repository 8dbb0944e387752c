import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { DEFAULT_PROJECT_ID } from "./default-project";
import { projectAccess, type ProjectAccess } from "./project-access";

/**
 * The project a read is about and the caller's access to it: the one named (a `projectId`
 * query parameter or the page's current project), else the Default project. 404 when it is not
 * the caller's to see. Every read of claims takes its scope from here and its `where` from
 * `visibleClaimsWhere`.
 */
export function readScope({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId?: string | null;
}): Promise<ProjectAccess> {
  return projectAccess({ db, actor, projectId: projectId || DEFAULT_PROJECT_ID });
}
