import type { TestProject } from "vitest/node";
import { resolveDatabase } from "@/lib/db/config";
import { deployMigrations } from "@/lib/db/migrate";
import { createDb } from "@/lib/db/client";
import { seedUser } from "@/lib/seed/seed-user";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { freshDatabase } from "./databases";
import { startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: "sqlite" | "postgresql";
    databaseUrl: string;
    baseUrl: string;
    demoPassword: string;
  }
}

export const TEST_PASSWORD = "integration-password";

/**
 * One fresh database per project (SQLite file or PostgreSQL database), migrated the way
 * production is, with the demo users, and the built app served on it over real HTTP.
 */
export default async function setup(project: TestProject) {
  const provider = project.config.provide.testDatabase ?? "sqlite";
  const database = await freshDatabase(provider);
  await deployMigrations(resolveDatabase(database.url));
  const db = createDb(resolveDatabase(database.url));
  for (const demo of DEMO_USERS) await seedUser(db, { ...demo, password: TEST_PASSWORD });
  await db.$disconnect();
  // ClaimReview exports need the public address of the fact-check pages (refused without it).
  const server = await startServer({
    databaseUrl: database.url,
    env: { CLAIMREVIEW_URL_TEMPLATE: "https://factcheck.example.org/claims/{id}" },
  });
  project.provide("databaseUrl", database.url);
  project.provide("baseUrl", server.url);
  project.provide("demoPassword", TEST_PASSWORD);
  return async () => {
    await server.stop();
    await database.drop();
  };
}
