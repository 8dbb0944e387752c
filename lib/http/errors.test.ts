import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorBody, errorResponse, httpStatus } from "./errors";
import { readJson } from "./route";

describe("AppError", () => {
  it("maps codes to statuses", () => {
    expect(httpStatus(new AppError("validation_failed", "x"))).toBe(422);
    expect(httpStatus(new AppError("conflict", "x"))).toBe(409);
    expect(AppError.notFound("Article 1").message).toBe("Article 1 not found");
  });

  it("turns zod failures into field issues", () => {
    const result = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: "x" } });
    if (result.success) throw new Error("expected a failure");
    const error = AppError.fromZod(result.error);
    expect(error.issues).toEqual([{ path: "a.b", message: expect.any(String) }]);
    expect(errorBody(error)).toEqual({
      error: {
        code: "validation_failed",
        message: expect.stringMatching(/^Invalid request: a\.b/),
        issues: error.issues,
      },
    });
  });
});

describe("readJson", () => {
  const req = (body: string, type = "application/json") =>
    new Request("http://x/", { method: "POST", body, headers: { "content-type": type } });
  it("parses JSON and vendor JSON types", async () => {
    expect(await readJson(req('{"a":1}'), 100)).toEqual({ a: 1 });
    expect(await readJson(req("[1]", "application/ld+json; charset=utf-8"), 100)).toEqual([1]);
  });
  it("refuses other types, empty, oversize and malformed bodies with the right code", async () => {
    await expect(readJson(req("{}", "text/plain"), 100)).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(readJson(req("  "), 100)).rejects.toMatchObject({ code: "bad_request" });
    await expect(readJson(req(`"${"é".repeat(60)}"`), 100)).rejects.toMatchObject({ code: "payload_too_large" });
    await expect(readJson(req("{a:1}"), 100)).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/not valid JSON/),
    });
  });
});

describe("errorResponse", () => {
  it("answers 503 with Retry-After when the database could not take the request in time", async () => {
    const noSlot = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), {
      code: "P2028",
    });
    const noConnection = new Error("Invalid `prisma.claim.count()` invocation", {
      cause: new Error("timeout exceeded when trying to connect"),
    });
    for (const error of [noSlot, noConnection]) {
      const res = errorResponse(error);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("1");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    }
  });

  it("keeps unknown failures a logged 500", async () => {
    const res = errorResponse(new Error("boom"));
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
  });
});
