import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { projectAccess } from "@/lib/projects/project-access";
import { filtersFromQuery, settingsFromQuery, type AgreementQuery } from "./filters";
import { loadProjectLayers } from "./load-layers";
import { buildAgreementReport, type AgreementReport } from "./report";

/**
 * A project's agreement report for its reviewers and managers (`project.review`; 404 for a
 * project that is not the caller's, 403 for an annotator): the submitted layers of its complete
 * articles, measured with the project's overlap threshold and value tolerance unless the query
 * overrides them, filtered as the query asks, annotators named.
 */
export async function getAgreementReport({
  db,
  actor,
  projectId,
  query,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  query: AgreementQuery;
  now?: Date;
}): Promise<AgreementReport> {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { overlapThreshold: true, valueTolerance: true },
  });
  const layers = await loadProjectLayers({ db, projectId, articleIds: query.article });
  const ids = [...new Set(layers.flatMap((l) => l.annotatorIds))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return buildAgreementReport({
    layers,
    filters: filtersFromQuery(projectId, query),
    settings: {
      overlapThreshold: project.overlapThreshold,
      valueTolerance: project.valueTolerance,
      ...settingsFromQuery(query),
    },
    annotatorLabels: new Map(users.map((u) => [u.id, u.name])),
    includeUnits: query.detail === "units",
    generatedAt: now,
  });
}
