import type { Db } from "@/lib/db/client";
import { loadProjectLayers } from "@/lib/agreement/load-layers";
import { buildAgreementReport, type AgreementReport } from "@/lib/agreement/report";
import type { ExportFilter, ExportFormat } from "@/lib/export/schema";
import { loadBundleInfo, type BundleInfo } from "./bundle-info";

/**
 * The project's agreement report for a dataset bundle, with the project's settings and without
 * names (annotators are "Annotator 1", "Annotator 2", …) or a time: null when no complete article
 * has two or more layers. Only for a caller who reviews in the project (the export's scope has no
 * `annotatorId`); the card then gives its overall figures and the bundle holds it whole.
 */
function bundleAgreement(db: Db, reviews: boolean) {
  return async (projectId: string): Promise<AgreementReport | null> => {
    if (!reviews) return null;
    const project = await db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { overlapThreshold: true, valueTolerance: true },
    });
    const layers = await loadProjectLayers({ db, projectId });
    const report = buildAgreementReport({
      layers,
      filters: { projectId },
      settings: { overlapThreshold: project.overlapThreshold, valueTolerance: project.valueTolerance },
    });
    return report.totals.articles > 0 ? report : null;
  };
}

/**
 * The bundle's card data for an export (with the agreement report for a reviewer, and for the CLI,
 * which acts for the operator); undefined for other formats. The route and the CLI both use it, so
 * the same data and filter give the same bundle bytes.
 */
export async function exportBundleInfo(
  db: Db,
  format: ExportFormat,
  filter: ExportFilter,
): Promise<BundleInfo | undefined> {
  if (format !== "bundle") return undefined;
  return loadBundleInfo({ db, filter, agreement: bundleAgreement(db, filter.annotatorId === undefined) });
}
