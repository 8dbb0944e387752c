import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { projectDashboard } from "@/lib/assignments/project-dashboard";

export const GET = route(ops.getProjectDashboard, async ({ db, actor, params }) =>
  projectDashboard({ db, actor, projectId: params.id ?? "" }),
);
