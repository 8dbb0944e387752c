import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/service";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = route(ops.getOpenApiDocument, async () => openApiDocument());
