import { route, json } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { CreateClusterInput, ListClustersQuery } from "@/lib/evidence/schema";
import { createCluster } from "@/lib/evidence/create-cluster";
import { listClusters } from "@/lib/evidence/list-clusters";

/**
 * `{ items: [{ id, name, description, claimCount, createdBy, … }] }` by name: the clusters of the
 * project `?projectId=` names (else the Default project), `claimCount` counting only the claims
 * the caller may see; `?q=` narrows by name.
 */
export const GET = route({ permission: "articles.read", query: ListClustersQuery }, async ({ db, actor, query }) =>
  listClusters({ db, actor, projectId: query.projectId, q: query.q, provider: databaseProvider() }),
);

/** 201 with the new, empty cluster; 409 when the name is taken. */
export const POST = route({ permission: "claims.write", body: CreateClusterInput }, async ({ db, actor, body }) => {
  const cluster = await createCluster({ db, actor, input: body });
  return json(cluster, 201, { Location: `/api/clusters/${cluster.id}` });
});
