import type { Db } from "@/lib/db/client";
import { loadProjectLayers } from "@/lib/agreement/load-layers";
import { DEFAULT_AGREEMENT_SETTINGS } from "@/lib/agreement/measures";
import { buildAgreementReport, type AgreementReport } from "@/lib/agreement/report";
import { exportWhere } from "./records/where";
import type { ExportFilter } from "./schema";

/** Seed of the manifest's bootstrap intervals: fixed, so the same data always give the same manifest. */
const EXPORT_AGREEMENT_SEED = 1;

/** Past this many articles the layers are read for the whole project and narrowed in memory (no huge IN list). */
const ARTICLE_LIST_UP_TO = 500;

/**
 * The agreement of an export's annotators, as the manifest carries it: the figures of
 * `lib/agreement` (each with its n, incomplete and excluded counts, and a bootstrap 95 % interval
 * for every α) over the articles the export has gold claims of, with the project's overlap and
 * tolerance. No names and no per-pair or per-annotator rows: only what the exported set as a
 * whole says (the file may go to someone who annotated in it).
 */
export interface ExportAgreement {
  settings: AgreementReport["settings"];
  totals: AgreementReport["totals"];
  overall: AgreementReport["overall"];
}

/** The export's agreement, or null for a project without a gold layer (one annotator per article). */
export async function exportAgreement({
  db,
  filter,
}: {
  db: Db;
  filter: ExportFilter;
}): Promise<ExportAgreement | null> {
  if (!filter.layers || !filter.projectId) return null;
  const projectId = filter.projectId;
  const [project, golds] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { overlapThreshold: true, valueTolerance: true },
    }),
    db.claim.findMany({
      where: exportWhere({ ...filter, layers: "gold" }),
      distinct: ["articleId"],
      orderBy: { articleId: "asc" },
      select: { articleId: true },
    }),
  ]);
  const articleIds = golds.map((g) => g.articleId);
  const wanted = new Set(articleIds);
  const layers =
    articleIds.length === 0
      ? []
      : articleIds.length <= ARTICLE_LIST_UP_TO
        ? await loadProjectLayers({ db, projectId, articleIds })
        : (await loadProjectLayers({ db, projectId })).filter((l) => wanted.has(l.articleId));
  const report = buildAgreementReport({
    layers,
    filters: { projectId, ...(filter.kind ? { kinds: [filter.kind] } : {}) },
    settings: {
      ...DEFAULT_AGREEMENT_SETTINGS,
      overlapThreshold: project.overlapThreshold,
      valueTolerance: project.valueTolerance,
      seed: EXPORT_AGREEMENT_SEED,
      articleIntervals: false,
    },
  });
  return { settings: report.settings, totals: report.totals, overall: report.overall };
}
