import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, toAppError } from "./errors";

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("conflict", "taken", [{ path: "email", message: "taken" }], { current: 1 });
    expect(toAppError(error)).toBe(error);
  });

  it("turns a zod failure into validation_failed with its field issues", () => {
    const result = z.object({ name: z.string().min(2) }).safeParse({ name: "x" });
    if (result.success) throw new Error("expected a failure");
    expect(toAppError(result.error)).toMatchObject({
      code: "validation_failed",
      issues: [{ path: "name", message: expect.any(String) }],
    });
  });

  it("names the database's unique, missing-record and busy errors", () => {
    const prisma = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });
    expect(toAppError(prisma("P2002")).code).toBe("conflict");
    expect(toAppError(prisma("P2025"))).toMatchObject({ code: "not_found", message: "Record not found" });
    expect(toAppError(prisma("P2028")).code).toBe("unavailable");
    const wrapped = new Error("invocation failed", { cause: new Error("timeout exceeded when trying to connect") });
    expect(toAppError(wrapped).code).toBe("unavailable");
  });

  it("hides anything else behind a message that gives nothing away", () => {
    const error = toAppError(new Error("SQLITE_ERROR near /var/lib/app.db"));
    expect(error.code).toBe("internal");
    expect(error.message).not.toMatch(/SQLITE|\/var/);
    expect(toAppError("a string").code).toBe("internal");
  });
});
