import { AgreementQuery } from "@/lib/agreement/filters";
import { getAgreementReport } from "@/lib/agreement/get-agreement-report";
import { reportToCsv } from "@/lib/agreement/report-csv";
import { route } from "@/lib/http/route";

/**
 * The project's agreement report (reviewers and managers): JSON, or CSV with `format=csv`.
 * Filters and measurement settings are query parameters (see lib/agreement/filters.ts).
 */
export const GET = route(
  { permission: "articles.read", query: AgreementQuery },
  async ({ db, actor, params, query }) => {
    const projectId = params.id ?? "";
    const report = await getAgreementReport({ db, actor, projectId, query });
    if (query.format === "json") return report;
    return new Response(reportToCsv(report), {
      headers: {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `attachment; filename="agreement-${projectId.replace(/[^\w-]/g, "_")}.csv"`,
      },
    });
  },
);
