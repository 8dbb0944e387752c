import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { accessCan } from "@/lib/projects/project-access";
import { readScope } from "@/lib/projects/read-scope";
import type { ExportFilter } from "./schema";

/**
 * The filter an export runs with for this caller: the project it names (else the Default project,
 * 404 when the caller cannot see it) and, for a caller who annotates there without reviewing, the
 * blind rule (`annotatorId`): only what they may see in the workbench leaves in a file.
 */
export async function scopeExportFilter({
  db,
  actor,
  filter,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  filter: ExportFilter;
}): Promise<ExportFilter> {
  const { annotatorId: _ignored, ...asked } = filter;
  const access = await readScope({ db, actor, projectId: asked.projectId });
  return {
    ...asked,
    projectId: access.projectId,
    ...(accessCan(access, "project.review") ? {} : { annotatorId: actor.id }),
  };
}
