import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { mergeClaims } from "@/lib/claims/merge-claims";

export const POST = route(ops.mergeClaims, async ({ db, actor, params, body }) =>
  mergeClaims({ db, actor, id: params.id ?? "", input: body }),
);
