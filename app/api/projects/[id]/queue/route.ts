import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { listMyQueue } from "@/lib/assignments/list-my-queue";

export const GET = route(ops.getProjectQueue, async ({ db, actor, params }) =>
  listMyQueue({ db, actor, projectId: params.id ?? "" }),
);
