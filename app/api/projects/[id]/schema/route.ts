import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { updateProjectSchema } from "@/lib/projects/update-project-schema";

export const PUT = route(ops.replaceProjectSchema, async ({ db, actor, params, body }) =>
  updateProjectSchema({ db, actor, projectId: params.id ?? "", input: body }),
);
