import { AddClusterClaimInput, CreateClusterInput, ListClustersQuery } from "@/lib/evidence/schema";
import { operation } from "../operation";

export const removeClusterClaim = operation({
  method: "DELETE",
  path: "/api/clusters/{id}/claims/{claimId}",
  tag: "Clusters",
  summary: "Take a claim out of a cluster",
  description: "Takes the claim out of the cluster (404 when it is not in it).",
  permission: "claims.write",
  responses: { 200: "The cluster's membership now" },
});

export const addClusterClaim = operation({
  method: "POST",
  path: "/api/clusters/{id}/claims",
  tag: "Clusters",
  summary: "Add a claim to a cluster",
  description:
    "`{ claimId }`: 201 when the claim joined, 200 when it was already a member, 409 when it is in another cluster.",
  permission: "claims.write",
  body: AddClusterClaimInput,
  responses: { 200: "Already a member", 201: "Added", 409: "The claim is in another cluster" },
  example: { body: { claimId: "example-claim-id" } },
});

export const getCluster = operation({
  method: "GET",
  path: "/api/clusters/{id}",
  tag: "Clusters",
  summary: "Read a cluster with its timeline",
  description:
    "The cluster with the claims the caller may see in time order (`date`, `dateSource`, `period`, `source`) and `conflicts`.",
  permission: "articles.read",
  responses: { 200: "The cluster, its claims in time order and `conflicts`" },
});

export const getClusters = operation({
  method: "GET",
  path: "/api/clusters",
  tag: "Clusters",
  summary: "List clusters",
  description:
    "`{ items: [{ id, name, description, claimCount, createdBy, … }] }` by name: the clusters of the project `?projectId=` names (else the Default project), `claimCount` counting only the claims the caller may see; `?q=` narrows by name.",
  permission: "articles.read",
  query: ListClustersQuery,
  responses: { 200: "`{ items }` by name" },
  example: { query: { q: "flood" } },
});

export const createCluster = operation({
  method: "POST",
  path: "/api/clusters",
  tag: "Clusters",
  summary: "Create a cluster",
  description: "201 with the new, empty cluster; 409 when the name is taken.",
  permission: "claims.write",
  body: CreateClusterInput,
  responses: { 201: "The new, empty cluster (`Location` names it)", 409: "The name is taken" },
  example: { body: { name: "Homes flooded in March 2026", description: "Reports of the number of homes flooded" } },
});
