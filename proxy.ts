import { NextResponse, type NextRequest } from "next/server";
import { errorBody, AppError } from "@/lib/http/errors";
import { urlProblem } from "@/lib/http/url-problem";

/** Refuses URLs no route can serve (see `urlProblem`) with a 400 instead of Next's bare 500. */
export function proxy(req: NextRequest) {
  const problem = urlProblem(req.nextUrl.pathname, req.nextUrl.search);
  if (!problem) return NextResponse.next();
  return NextResponse.json(errorBody(new AppError("bad_request", problem)), { status: 400 });
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
