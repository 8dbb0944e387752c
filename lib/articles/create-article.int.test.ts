import { randomBytes } from "node:crypto";
import { describe, expect, it, inject } from "vitest";
import { databaseProvider } from "@/lib/db/client";
import { testDb } from "@/test/support/http";
import { seedArticle } from "@/lib/seed/seed-article";

describe("createArticle in-process", () => {
  it("takes the database from the client it is given, not from DATABASE_URL", async () => {
    const saved = process.env.DATABASE_URL;
    // A process configured for another database (here: none, so the default SQLite file).
    delete process.env.DATABASE_URL;
    try {
      expect(databaseProvider(testDb())).toBe(inject("testDatabase"));
      const marker = randomBytes(6)
        .toString("hex")
        .replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)] ?? "g");
      const { article, created } = await seedArticle(testDb(), {
        title: `In process ${marker}`,
        text: `A paragraph about ${marker} imported by a script.`,
      });
      expect(created).toBe(true);
      expect(await testDb().article.findUnique({ where: { id: article.id }, select: { title: true } })).toEqual({
        title: `In process ${marker}`,
      });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
