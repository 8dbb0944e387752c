import { NextResponse } from "next/server";
import { route, json } from "@/lib/http/route";
import { takeNextAssignment } from "@/lib/assignments/take-next-assignment";

/**
 * "Next article": 200 with the caller's oldest open assignment (`resumed: true`), 201 with a new
 * one taken by the project's rules, or 204 when there is nothing for them; the
 * `Claimbench-Queue` header then says why (pool_empty, quota_reached, manual_assignment).
 * 409 when the project asks to open newer guidelines first.
 */
export const POST = route({ permission: "claims.write" }, async ({ db, actor, params }) => {
  const result = await takeNextAssignment({ db, actor, projectId: params.id ?? "" });
  if (!result.assignment)
    return new NextResponse(null, { status: 204, headers: { "Claimbench-Queue": result.reason } });
  return json({ ...result.assignment, resumed: result.resumed }, result.resumed ? 200 : 201);
});
