import { afterAll, describe, expect, it, inject } from "vitest";
import { resolveDatabase } from "@/lib/db/config";
import { createDb, type Db } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { createArticle } from "@/lib/articles/create-article";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { CreateClaimInput } from "@/lib/claims/schema";
import { DEFAULT_PROJECT_ID } from "./default-project";

const provider = inject("testDatabase");
const made: TestDatabase[] = [];
afterAll(async () => {
  for (const d of made) await d.drop();
});

/** The last migration before projects existed: a database at this point is what an older release left. */
const BEFORE_PROJECTS = "20261122070500_audit_append_only";

const at = (iso: string) => new Date(iso);

/** Rows as an older release wrote them, through plain SQL (today's client knows only today's schema). */
async function populateOldDatabase(db: Db) {
  const users = [
    ["u_annotator", "old-annotator@claimbench.test", "Old Annotator", "annotator"],
    ["u_reviewer", "old-reviewer@claimbench.test", "Old Reviewer", "reviewer"],
  ] as const;
  for (const [id, email, name, role] of users) {
    await db.$executeRaw`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES (${id}, ${email}, ${name}, ${role}, 'x', ${at("2026-01-01T00:00:00Z")})`;
  }
  const texts = [
    "The war has killed more than 260,000 people, the monitor said.",
    "Over 30,000 people dead, officials said on Monday.",
    "An article nobody has tagged yet.",
  ];
  for (const [i, text] of texts.entries()) {
    await db.$executeRaw`INSERT INTO "Article" ("id", "title", "text", "contentHash", "wordCount", "rawOriginal", "importedById", "importedAt", "updatedAt") VALUES (${`a_${i}`}, ${`Old article ${i}`}, ${text}, ${`hash_${i}`}, 9, ${text}, 'u_annotator', ${at(`2026-01-0${i + 2}T00:00:00Z`)}, ${at("2026-01-05T00:00:00Z")})`;
  }
  await db.$executeRaw`INSERT INTO "Cluster" ("id", "name", "createdById", "updatedAt") VALUES ('cl_1', 'Syria toll', 'u_reviewer', ${at("2026-01-06T00:00:00Z")})`;
  const claims = [
    ["c_1", "a_0", 19, 44, "more than 260,000 people", "casualty", 260000, "more_than", "approved", "cl_1"],
    ["c_2", "a_1", 0, 22, "Over 30,000 people dead", "casualty", 30000, "more_than", "submitted", null],
    ["c_3", "a_1", 24, 33, "officials", "attribution", null, null, "draft", null],
    // A kind outside the vocabulary (a hand-edited row): it must survive the migration.
    ["c_4", "a_0", 51, 58, "monitor", "legacy_source", null, null, "draft", null],
  ] as const;
  for (const [id, articleId, start, end, exact, kind, value, qualifier, status, clusterId] of claims) {
    await db.$executeRaw`INSERT INTO "Claim" ("id", "articleId", "start", "end", "exact", "prefix", "suffix", "kind", "value", "qualifier", "status", "authorId", "clusterId", "updatedAt") VALUES (${id}, ${articleId}, ${start}, ${end}, ${exact}, '', '', ${kind}, ${value}, ${qualifier}, ${status}, 'u_annotator', ${clusterId}, ${at("2026-01-07T00:00:00Z")})`;
  }
  await db.$executeRaw`INSERT INTO "Evidence" ("id", "claimId", "targetClaimId", "stance", "createdById", "updatedAt") VALUES ('e_1', 'c_2', 'c_1', 'context', 'u_reviewer', ${at("2026-01-08T00:00:00Z")})`;
  await db.$executeRaw`INSERT INTO "ReviewDecision" ("id", "claimId", "reviewerId", "decision") VALUES ('d_1', 'c_1', 'u_reviewer', 'approve')`;
  await db.$executeRaw`INSERT INTO "SuggestionDismissal" ("id", "articleId", "start", "end", "exact", "userId") VALUES ('s_1', 'a_2', 0, 10, 'An article', 'u_annotator')`;
  await db.$executeRaw`INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "after") VALUES ('ev_1', 'u_annotator', 'claim.create', 'claim', 'c_1', '{}')`;
}

describe(`migrating a populated ${provider} database into the Default project`, () => {
  it("keeps every row, puts it all in Default with the six kinds, and today's behaviour still works", async () => {
    const database = await freshDatabase(provider);
    made.push(database);
    const config = resolveDatabase(database.url);
    const before = await deployMigrations(config, { until: BEFORE_PROJECTS });
    expect(before.at(-1)).toBe(BEFORE_PROJECTS);

    const old = createDb(config);
    await populateOldDatabase(old);
    // The migrator takes the SQLite file exclusively, as `prisma migrate deploy` does.
    await old.$disconnect();

    const applied = await deployMigrations(config);
    expect(applied).toContain("20261207044558_projects");

    const db = createDb(config);
    try {
      const project = await db.project.findUniqueOrThrow({ where: { id: DEFAULT_PROJECT_ID } });
      expect(project).toMatchObject({
        name: "Default",
        visibility: "instance",
        annotatorsPerArticle: 1,
        blind: false,
        assignmentMode: "automatic",
      });
      expect(JSON.parse(project.verdictLabels).map((l: { key: string }) => l.key)).toEqual([
        "supported",
        "refuted",
        "conflicting",
        "not_enough_evidence",
      ]);

      const kinds = await db.projectKind.findMany({
        where: { projectId: DEFAULT_PROJECT_ID },
        orderBy: { position: "asc" },
      });
      expect(kinds.map((k) => [k.key, k.shortcut])).toEqual([
        ["casualty", 1],
        ["quantity", 2],
        ["event", 3],
        ["quote", 4],
        ["attribution", 5],
        ["other", 6],
        ["legacy_source", null],
      ]);
      for (const k of kinds) {
        expect(k.colour).toMatch(/^#[0-9a-f]{6}$/);
        expect(Object.keys(JSON.parse(k.attributes))).toEqual([
          "value",
          "qualifier",
          "range",
          "unit",
          "timeRef",
          "attributedTo",
        ]);
      }

      const included = await db.projectArticle.findMany({
        where: { projectId: DEFAULT_PROJECT_ID },
        orderBy: { articleId: "asc" },
      });
      expect(included.map((p) => [p.articleId, p.addedById, p.targetAnnotators, p.blind, p.state])).toEqual([
        ["a_0", "u_annotator", 1, false, "open"],
        ["a_1", "u_annotator", 1, false, "open"],
        ["a_2", "u_annotator", 1, false, "open"],
      ]);
      expect(included[0]!.addedAt.toISOString()).toBe("2026-01-02T00:00:00.000Z");
      expect(new Set(included.map((p) => p.shuffleKey)).size).toBeGreaterThan(1);

      const claims = await db.claim.findMany({ orderBy: { id: "asc" } });
      expect(claims.map((c) => [c.id, c.projectId, c.kind, c.status, c.layer, c.assignmentId, c.value])).toEqual([
        ["c_1", "default", "casualty", "approved", "annotation", null, 260000],
        ["c_2", "default", "casualty", "submitted", "annotation", null, 30000],
        ["c_3", "default", "attribution", "draft", "annotation", null, null],
        ["c_4", "default", "legacy_source", "draft", "annotation", null, null],
      ]);
      expect(await db.cluster.findUniqueOrThrow({ where: { id: "cl_1" } })).toMatchObject({
        projectId: "default",
        name: "Syria toll",
      });
      expect(await db.claim.findUniqueOrThrow({ where: { id: "c_1" }, select: { clusterId: true } })).toEqual({
        clusterId: "cl_1",
      });
      expect(await db.evidence.count()).toBe(1);
      expect(await db.reviewDecision.count()).toBe(1);
      expect(await db.suggestionDismissal.findMany({ select: { projectId: true, userId: true } })).toEqual([
        { projectId: "default", userId: "u_annotator" },
      ]);
      await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = 'ev_1'`).rejects.toThrow(/append-only/);

      if (provider === "sqlite") {
        expect(await db.$queryRawUnsafe("PRAGMA foreign_key_check")).toEqual([]);
        expect(await db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
      }

      // Today's flows on the migrated data: the claims table, a new claim on an old article,
      // and a new article, which joins the Default project.
      const annotator = { id: "u_annotator", role: "annotator" as const };
      const listed = await listClaims({ db, actor: annotator, provider, query: { pageSize: 10 } });
      expect(listed.total).toBe(4);
      const claim = await createClaim({
        db,
        actor: annotator,
        articleId: "a_2",
        input: CreateClaimInput.parse({ start: 3, end: 10, exact: "article", kind: "other" }),
      });
      expect(claim.exact).toBe("article");
      expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).projectId).toBe("default");
      const fresh = await createArticle({
        db,
        actor: annotator,
        input: { title: "After the migration", text: "Some 1,200 people were evacuated on Tuesday." },
      });
      expect(fresh.created).toBe(true);
      expect(
        await db.projectArticle.count({ where: { projectId: DEFAULT_PROJECT_ID, articleId: fresh.article.id } }),
      ).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("gives a brand-new database the Default project with no articles", async () => {
    const database = await freshDatabase(provider);
    made.push(database);
    const config = resolveDatabase(database.url);
    await deployMigrations(config);
    const db = createDb(config);
    try {
      expect(await db.project.findMany({ select: { id: true, name: true } })).toEqual([
        { id: "default", name: "Default" },
      ]);
      expect(await db.projectKind.count()).toBe(6);
      expect(await db.projectArticle.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
