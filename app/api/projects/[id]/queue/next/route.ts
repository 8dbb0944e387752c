import { NextResponse } from "next/server";
import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { takeNextAssignment } from "@/lib/assignments/take-next-assignment";

export const POST = route(ops.takeNextArticle, async ({ db, actor, params }) => {
  const result = await takeNextAssignment({ db, actor, projectId: params.id ?? "" });
  if (!result.assignment)
    return new NextResponse(null, { status: 204, headers: { "Claimbench-Queue": result.reason } });
  return json({ ...result.assignment, resumed: result.resumed }, result.resumed ? 200 : 201);
});
