import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { runAction, type ActionOptions } from "./action";

const admin: Actor = { id: "u1", email: "a@example.org", name: "Ada", role: "admin" };
const annotator: Actor = { ...admin, id: "u2", role: "annotator" };
const db = {} as Db;
const as = (actor: Actor | null) => ({ caller: async () => actor, db: () => db });

const Form = z.object({
  email: z.email({ message: "must be an email address" }),
  name: z.string().min(1, "is required"),
  password: z.string().min(8, "must be at least 8 characters"),
});
const options: ActionOptions<typeof Form> = {
  permission: "users.manage",
  input: Form,
  labels: { email: "Email", name: "Name", password: "Password" },
  keep: ["email", "name"],
};

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
const good = { email: "b@example.org", name: "Bea", password: "long enough" };

describe("runAction", () => {
  it("hands the handler the caller, the database and the parsed form", async () => {
    const handler = vi.fn(async () => ({ status: "created" as const }));
    expect(await runAction(as(admin), options, handler, form(good))).toEqual({ status: "created" });
    expect(handler).toHaveBeenCalledWith({ actor: admin, db, input: good });
  });

  it("refuses a caller without a session or without the permission, before reading the form", async () => {
    const handler = vi.fn(async () => ({ status: "created" as const }));
    expect(await runAction(as(null), options, handler, form(good))).toEqual({
      status: "error",
      message: "Your session has ended. Sign in again.",
      values: { email: "b@example.org", name: "Bea" },
    });
    expect(await runAction(as(annotator), { ...options, refused: "Not yours." }, handler, form(good))).toMatchObject({
      status: "error",
      message: "Not yours.",
    });
    expect(await runAction(as(annotator), options, handler, form(good))).toMatchObject({
      message: "Your role (annotator) lacks the users.manage permission. Reload the page.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('lets any signed-in caller through with "signed-in"', async () => {
    const result = await runAction(
      as(annotator),
      { ...options, permission: "signed-in" },
      async ({ actor }) => ({ status: "done" as const, who: actor.id }),
      form(good),
    );
    expect(result).toEqual({ status: "done", who: "u2" });
  });

  it("puts input problems next to their labelled fields and keeps what was typed, never the password", async () => {
    const handler = vi.fn(async () => ({ status: "created" as const }));
    const result = await runAction(as(admin), options, handler, form({ email: "nope", password: "short" }));
    expect(result).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: {
        email: "Email must be an email address.",
        name: "Name is required.",
        password: "Password must be at least 8 characters.",
      },
      values: { email: "nope", name: "" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reads a file or a missing field as empty text", async () => {
    const result = await runAction(
      as(admin),
      options,
      async () => ({ status: "created" as const }),
      form({ ...good, name: new Blob(["Bea"]) }),
    );
    expect(result).toMatchObject({ fieldErrors: { name: "Name is required." } });
  });

  it("says the form's own sentence when no problem belongs to a labelled field", async () => {
    const result = await runAction(
      as(admin),
      { ...options, labels: {}, invalid: "Choose one of the listed roles." },
      async () => ({ status: "created" as const }),
      form({ ...good, email: "x" }),
    );
    expect(result).toEqual({
      status: "error",
      message: "Choose one of the listed roles.",
      values: { email: "x", name: "Bea" },
    });
  });

  it("maps what the handler throws: labelled zod issues, errors about one field, other AppErrors", async () => {
    const fail = (error: unknown) => async () => {
      throw error;
    };
    const zodError = z.object({ name: z.string().max(2, "must be at most 2 characters") }).safeParse({ name: "abc" });
    expect(await runAction(as(admin), options, fail(zodError.error), form(good))).toMatchObject({
      message: "Please correct the highlighted fields.",
      fieldErrors: { name: "Name must be at most 2 characters." },
    });
    const taken = new AppError("conflict", "A user with email b@example.org already exists");
    expect(
      await runAction(as(admin), { ...options, errorFields: { conflict: "email" } }, fail(taken), form(good)),
    ).toMatchObject({
      message: "Please correct the highlighted fields.",
      fieldErrors: { email: "A user with email b@example.org already exists." },
    });
    expect(await runAction(as(admin), options, fail(taken), form(good))).toEqual({
      status: "error",
      message: "A user with email b@example.org already exists.",
      values: { email: "b@example.org", name: "Bea" },
    });
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    expect(await runAction(as(admin), options, fail(unique), form(good))).toMatchObject({
      message: "A record with the same unique value already exists.",
    });
  });

  it("logs an unexpected failure and shows nothing of it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const boom = new Error("SQLITE_CORRUPT at /var/lib/claimbench.db");
      const result = await runAction(
        as(admin),
        options,
        async () => {
          throw boom;
        },
        form(good),
      );
      expect(result).toMatchObject({ status: "error", message: "Something went wrong on our side. Please try again." });
      expect(JSON.stringify(result)).not.toMatch(/SQLITE|\/var/);
      expect(log).toHaveBeenCalledWith(boom);
    } finally {
      log.mockRestore();
    }
  });

  it("also answers when looking up the caller fails", async () => {
    const busy = Object.assign(new Error("Transaction API error"), { code: "P2028" });
    const caller = async (): Promise<Actor | null> => {
      throw busy;
    };
    const result = await runAction(
      { caller, db: () => db },
      options,
      async () => ({ status: "created" as const }),
      form(good),
    );
    expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/too busy/) });
  });
});
