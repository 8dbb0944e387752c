import { route } from "@/lib/http/route";
import { rolePermissions } from "@/lib/auth/permissions";

export const GET = route({ permission: "articles.read" }, async ({ actor }) => ({
  ...actor,
  permissions: rolePermissions[actor.role],
}));
