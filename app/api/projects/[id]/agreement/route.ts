import { getAgreementReport } from "@/lib/agreement/get-agreement-report";
import { reportToCsv } from "@/lib/agreement/report-csv";
import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/adjudication";

export const GET = route(ops.getProjectAgreement, async ({ db, actor, params, query }) => {
  const projectId = params.id ?? "";
  const report = await getAgreementReport({ db, actor, projectId, query });
  if (query.format === "json") return report;
  return new Response(reportToCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="agreement-${projectId.replace(/[^\w-]/g, "_")}.csv"`,
    },
  });
});
