import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/clusters";
import { getCluster } from "@/lib/evidence/get-cluster";

export const GET = route(ops.getCluster, async ({ db, actor, params }) =>
  getCluster({ db, actor, id: params.id ?? "" }),
);
