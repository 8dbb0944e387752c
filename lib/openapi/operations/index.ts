import type { Operation } from "../operation";
import * as accounts from "./accounts";
import * as adjudication from "./adjudication";
import * as articles from "./articles";
import * as assignments from "./assignments";
import * as claims from "./claims";
import * as clusters from "./clusters";
import * as exporting from "./export";
import * as guidelines from "./guidelines";
import * as projects from "./projects";
import * as service from "./service";

/** Every operation of the HTTP API by its operationId (the name it is exported under). */
export const allOperations: Record<string, Operation> = {
  getOpenApiDocument: service.getOpenApiDocument,
  ...service.nextAuthOperations,
  ...accounts,
  ...articles,
  ...claims,
  ...clusters,
  ...projects,
  ...guidelines,
  ...assignments,
  ...adjudication,
  ...exporting,
};
