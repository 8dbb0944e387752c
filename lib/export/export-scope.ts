import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { accessCan } from "@/lib/projects/project-access";
import { assertQueryKind } from "@/lib/projects/list-project-kinds";
import { readScope } from "@/lib/projects/read-scope";
import type { ExportFilter } from "./schema";

/**
 * Whether a project has a gold layer: it gives articles to several annotators (now, or for some
 * article it started or escalated), so its dataset is what adjudication made of their layers.
 */
async function projectHasGoldLayer(db: Db, projectId: string): Promise<boolean> {
  const [project, multi] = await Promise.all([
    db.project.findUnique({ where: { id: projectId }, select: { annotatorsPerArticle: true } }),
    db.projectArticle.findFirst({ where: { projectId, targetAnnotators: { gt: 1 } }, select: { id: true } }),
  ]);
  return (project?.annotatorsPerArticle ?? 1) > 1 || multi !== null;
}

/**
 * The filter an export runs with for this caller: the project it names (else the Default project,
 * 404 when the caller cannot see it); a `kind` of that project's schema (400 for another); in a
 * project with a gold layer, which layers (`layers`, the gold one by default; 400 when asked of a
 * project without one); and, for a caller who annotates there without reviewing, the blind rule
 * (`annotatorId`): only what they may see in the workbench leaves in a file, and of the
 * annotators' own layers only theirs.
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
    ...(await forProject(db, { ...asked, projectId: access.projectId })),
    ...(accessCan(access, "project.review") ? {} : { annotatorId: actor.id }),
  };
}

/**
 * The filter checked against its project: a `kind` the project's schema does not have is a 400
 * naming the kinds it has; and the layers (see `withLayers`).
 */
export async function forProject(db: Db, filter: ExportFilter): Promise<ExportFilter> {
  if (filter.kind && filter.projectId) await assertQueryKind(db, filter.projectId, filter.kind);
  return withLayers(db, filter);
}

/**
 * The filter with its layers: in a project with a gold layer, the ones asked for (the gold one by
 * default); `layers` of a project without one, or of no project, is a 400.
 */
async function withLayers(db: Db, filter: ExportFilter): Promise<ExportFilter> {
  const { layers, ...rest } = filter;
  const gold = filter.projectId ? await projectHasGoldLayer(db, filter.projectId) : false;
  if (!gold && layers)
    throw new AppError(
      "bad_request",
      filter.projectId
        ? "layers applies only to projects with several annotators per article (they have a gold layer); this project has one annotator per article"
        : "layers needs the project it applies to (projectId)",
      [{ path: "layers", message: "this export has no gold layer" }],
    );
  return gold ? { ...rest, layers: layers ?? "gold" } : rest;
}
