import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { addMember } from "@/lib/projects/add-member";
import { listMembers } from "@/lib/projects/list-members";

export const GET = route(ops.getProjectMembers, async ({ db, actor, params }) =>
  listMembers({ db, actor, projectId: params.id ?? "" }),
);

export const POST = route(ops.addProjectMember, async ({ db, actor, params, body }) =>
  json(await addMember({ db, actor, projectId: params.id ?? "", input: body }), 201),
);
