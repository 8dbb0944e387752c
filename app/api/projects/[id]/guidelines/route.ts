import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/guidelines";
import { listGuidelines } from "@/lib/projects/list-guidelines";
import { publishGuidelines } from "@/lib/projects/publish-guidelines";

export const GET = route(ops.listGuidelines, async ({ db, actor, params }) =>
  listGuidelines({ db, actor, projectId: params.id ?? "" }),
);

export const POST = route(ops.createGuidelinesVersion, async ({ db, actor, params, body }) =>
  json(await publishGuidelines({ db, actor, projectId: params.id ?? "", input: body }), 201),
);
