import { afterEach, describe, expect, it } from "vitest";
import { pgPoolOptions } from "./config";

const saved = process.env.DATABASE_POOL_MAX;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_POOL_MAX;
  else process.env.DATABASE_POOL_MAX = saved;
});

describe("pgPoolOptions", () => {
  it("is bounded by default: 10 connections, 30 s statements, 10 s to get a connection", () => {
    delete process.env.DATABASE_POOL_MAX;
    const options = pgPoolOptions("postgresql://app:secret@db.example:6543/claims");
    expect(options).toMatchObject({
      host: "db.example",
      port: 6543,
      user: "app",
      password: "secret",
      database: "claims",
    });
    expect(options).toMatchObject({
      max: 10,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
      connectionTimeoutMillis: 10_000,
    });
  });

  it("takes DATABASE_POOL_MAX and refuses nonsense", () => {
    process.env.DATABASE_POOL_MAX = "25";
    expect(pgPoolOptions("postgresql://localhost/x").max).toBe(25);
    for (const bad of ["0", "-3", "ten", "2.5"]) {
      process.env.DATABASE_POOL_MAX = bad;
      expect(() => pgPoolOptions("postgresql://localhost/x")).toThrow(
        /DATABASE_POOL_MAX must be a positive whole number/,
      );
    }
  });
});
