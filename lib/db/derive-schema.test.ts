import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./derive-schema";
import { prismaPaths } from "./migrate";
import { resolveDatabase } from "./config";

describe("one schema for both databases", () => {
  it("the committed PostgreSQL schema is exactly the one derived from prisma/schema.prisma (run npm run db:schemas)", () => {
    const source = fs.readFileSync(prismaPaths("sqlite").schema, "utf8");
    expect(fs.readFileSync(prismaPaths("postgresql").schema, "utf8")).toBe(derivePostgresSchema(source));
  });

  it("changes only the provider and the client output", () => {
    const derived = derivePostgresSchema(
      'datasource db {\n  provider = "sqlite"\n}\ngenerator client {\n  output = "../lib/db/generated/sqlite"\n}\nmodel A { id String @id }\n',
    );
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output = "../../lib/db/generated/postgresql"');
    expect(derived).toContain("model A { id String @id }");
  });

  it("fails loudly when the blocks it rewrites are gone", () => {
    expect(() => derivePostgresSchema("model A { id String @id }")).toThrow(/expected datasource/);
  });
});

describe("resolveDatabase", () => {
  it("defaults to a SQLite file under data/", () => {
    const config = resolveDatabase("");
    expect(config.provider).toBe("sqlite");
    expect(config.provider === "sqlite" && config.file.endsWith("data/claimbench.db")).toBe(true);
  });

  it("selects PostgreSQL by URL scheme", () => {
    expect(resolveDatabase("postgres://u@h/db").provider).toBe("postgresql");
    expect(resolveDatabase("postgresql://u@h/db").provider).toBe("postgresql");
    expect(resolveDatabase("file:/tmp/x.db")).toEqual({ provider: "sqlite", url: "file:/tmp/x.db", file: "/tmp/x.db" });
  });
});
