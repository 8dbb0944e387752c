/**
 * What the benches that drive the app in a browser share: the build check, a fresh SQLite
 * database holding one generated article, headless Chromium and the sign-in.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import { createArticle } from "@/lib/articles/create-article";
import { CHROMIUM_ARGS, chromiumExecutable } from "@/scripts/chromium.mjs";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { deployMigrations } from "@/lib/db/migrate";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { generateArticle } from "../reader/generate";
import { seedBenchUser, type BenchAccount } from "./accounts";

/** The build the bench serves: NEXT_DIST_DIR, else `fallback`; exits with the command to build it when missing. */
export function requireBuild(fallback: string): string {
  const distDir = process.env.NEXT_DIST_DIR ?? fallback;
  process.env.NEXT_DIST_DIR = distDir;
  if (!fs.existsSync(path.join(import.meta.dirname, "..", "..", distDir, "BUILD_ID"))) {
    console.error(`No build in ${distDir}. Build first: NEXT_DIST_DIR=${distDir} npx next build`);
    process.exit(1);
  }
  return distDir;
}

/**
 * A fresh, migrated SQLite database with an admin `user` and one generated article of `chars`
 * characters, imported by `createArticle` as the app stores it. The caller disconnects `db`.
 */
export async function benchArticleDatabase({
  chars,
  seed,
  title,
  user,
}: {
  chars: number;
  seed: number;
  title: string;
  user: { email: string; name: string };
}): Promise<{ database: TestDatabase; db: Db; user: BenchAccount; article: { id: string; text: string } }> {
  const database = await freshDatabase("sqlite");
  const config = resolveDatabase(database.url);
  await deployMigrations(config);
  const db = createDb(config);
  const account = await seedBenchUser(db, { ...user, role: "admin" });
  const created = await createArticle({
    db,
    actor: { id: account.id },
    input: { title, text: generateArticle(seed, chars) },
  });
  const article = await db.article.findUniqueOrThrow({
    where: { id: created.article.id },
    select: { id: true, text: true },
  });
  return { database, db, user: account, article };
}

/** Headless Chromium: Playwright's own where it is installed, else the system's. */
export function launchBenchBrowser() {
  return chromium.launch({ executablePath: chromiumExecutable() ?? undefined, args: CHROMIUM_ARGS });
}

/** Signs `account` in through the sign-in page in a new tab, left open on the page it lands on. */
export async function signInTab(
  context: BrowserContext,
  serverUrl: string,
  account: { email: string; password: string },
) {
  const page = await context.newPage();
  await page.goto(`${serverUrl}/signin`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  return page;
}
