import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/clusters";
import { databaseProvider } from "@/lib/db/client";
import { createCluster } from "@/lib/evidence/create-cluster";
import { listClusters } from "@/lib/evidence/list-clusters";

export const GET = route(ops.getClusters, async ({ db, actor, query }) =>
  listClusters({ db, actor, projectId: query.projectId, q: query.q, provider: databaseProvider() }),
);

export const POST = route(ops.createCluster, async ({ db, actor, body }) => {
  const cluster = await createCluster({ db, actor, input: body });
  return json(cluster, 201, { Location: `/api/clusters/${cluster.id}` });
});
