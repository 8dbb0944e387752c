import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { claimStatuses } from "@/lib/claims/vocabulary";
import { listProjectKinds } from "@/lib/projects/list-project-kinds";
import { ExportQuery, exportFormats, splitExportQuery } from "@/lib/export/schema";
import { datasetCounts } from "@/lib/export/dataset-counts";
import { previewExport } from "@/lib/export/preview-export";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { getClaimScope } from "@/app/(workbench)/_components/current-project";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { AppError } from "@/lib/errors";
import { ExportForm } from "./_components/export-form";
import "./dataset.css";

export const metadata: Metadata = { title: "Dataset" };

const formatLabels: Record<(typeof exportFormats)[number], string> = {
  jsonl: "JSON Lines (full records)",
  csv: "CSV (one row per claim)",
  w3c: "W3C Web Annotation (JSON-LD)",
  claimreview: "schema.org ClaimReview (JSON-LD)",
  fever: "FEVER (JSON Lines)",
  averitec: "AVeriTeC (JSON)",
  articles: "Article texts (JSON Lines)",
  bundle: "Dataset bundle (zip with card)",
};

export default async function DatasetPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const actor = await requireActor("/dataset", "dataset.export");
  // A hand-edited link with a bad value falls back to the defaults rather than failing the page.
  const parsed = ExportQuery.safeParse({
    format: firstParam(raw.format) ?? "jsonl",
    status: firstParam(raw.status) || undefined,
  });
  const { format, filter: asked } = splitExportQuery(
    parsed.success ? parsed.data : ExportQuery.parse({ format: "jsonl" }),
  );
  // The header's current project, and in it what the caller may see (blind: their own claims).
  const scope = await getClaimScope(actor);
  const projectId = scope.projectId ?? DEFAULT_PROJECT_ID;
  const filter = { ...asked, projectId, ...(scope.reviews ? {} : { annotatorId: actor.id }) };
  const db = getDb();
  const [counts, kinds, preview] = await Promise.all([
    datasetCounts({ db, visible: scope.visible }),
    // The project's own kinds, in its schema's order.
    listProjectKinds({ db, projectId }),
    // A format the server cannot write yet (ClaimReview without its URL template) says why instead.
    previewExport({ db, format, filter }).catch((error: unknown) => {
      if (error instanceof AppError) return { text: "", records: 0, refused: error.message };
      throw error;
    }),
  ]);
  const approved = counts.byStatus.approved ?? 0;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Dataset</h1>
          <p className="page-header__lede">
            {formatNumber(approved)} approved {approved === 1 ? "claim is" : "claims are"} ready to export, out of{" "}
            {formatNumber(counts.total)}.
          </p>
        </div>
      </div>

      <div className="dataset-counts section-gap">
        <div className="card card--padded">
          <h2 className="dataset-counts__title">Claims by status</h2>
          <table className="table">
            <tbody>
              {claimStatuses.map((s) => (
                <tr key={s}>
                  <th scope="row">{statusLabels[s]}</th>
                  <td className="num">{formatNumber(counts.byStatus[s] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card card--padded">
          <h2 className="dataset-counts__title">Approved claims by kind</h2>
          <table className="table">
            <tbody>
              {kinds.map((k) => (
                <tr key={k.key}>
                  <th scope="row">{k.label}</th>
                  <td className="num">{formatNumber(counts.approvedByKind[k.key] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <section className="card card--padded section-gap" aria-labelledby="export-heading">
        <h2 id="export-heading" className="dataset-counts__title">
          Export
        </h2>
        <ExportForm
          formats={exportFormats.map((f) => ({ value: f, label: formatLabels[f] }))}
          statuses={claimStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
          format={format}
          status={filter.status}
          projectId={projectId}
        />
        <h3 className="dataset-preview__title">
          Preview: the first {preview.records} {preview.records === 1 ? "record" : "records"}, as the file has them
        </h3>
        {"refused" in preview ? (
          <p className="muted" role="status">
            {preview.refused}
          </p>
        ) : preview.records === 0 ? (
          <p className="muted">No {statusLabels[filter.status].toLowerCase()} claims yet.</p>
        ) : (
          <pre className="dataset-preview" tabIndex={0} aria-label="Export preview">
            {preview.text}
          </pre>
        )}
      </section>
    </>
  );
}
