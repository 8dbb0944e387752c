import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { updateMember } from "@/lib/projects/update-member";
import { removeMember } from "@/lib/projects/remove-member";

export const PATCH = route(ops.updateProjectMember, async ({ db, actor, params, body }) =>
  updateMember({ db, actor, projectId: params.id ?? "", userId: params.userId ?? "", input: body }),
);

export const DELETE = route(ops.removeProjectMember, async ({ db, actor, params }) =>
  removeMember({ db, actor, projectId: params.id ?? "", userId: params.userId ?? "" }),
);
