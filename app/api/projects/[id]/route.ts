import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { getProject } from "@/lib/projects/get-project";
import { updateProject } from "@/lib/projects/update-project";

export const GET = route(ops.getProject, async ({ db, actor, params }) =>
  getProject({ db, actor, projectId: params.id ?? "" }),
);

export const PATCH = route(ops.updateProject, async ({ db, actor, params, body }) =>
  updateProject({ db, actor, projectId: params.id ?? "", input: body }),
);
