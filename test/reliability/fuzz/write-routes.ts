import { exportedHandlers } from "@/test/support/route-files";

/**
 * Every write handler exported from `app/api/**\/route.ts`, as "route METHOD" keys such as
 * "claims/[id] PATCH" (the route is its folder under app/api). Read from the source, the same
 * way the permission matrix does, so a new write route shows up here without anyone listing it.
 */
export function writeHandlers(): Set<string> {
  return new Set([...exportedHandlers()].filter((handler) => /\s(POST|PUT|PATCH|DELETE)$/.test(handler)));
}
