import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { rolePermissions } from "@/lib/auth/permissions";

export const GET = route(ops.getMe, async ({ actor }) => ({
  ...actor,
  permissions: rolePermissions[actor.role],
}));
