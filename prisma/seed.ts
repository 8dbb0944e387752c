/**
 * Seeds demo users and the corpus. Idempotent: existing users keep their passwords and roles,
 * and articles already present (same content) are not copied. Articles are stored cleaned
 * (boilerplate, comment forms and repeated copies listed in removedBlocks, not in the text), with
 * the manifest's metadata winning over what cleaning reads from the text; a corpus row stored
 * uncleaned by an older seed is cleaned in place.
 */
import { createDb } from "../lib/db/client";
import { seedArticle } from "../lib/seed/seed-article";
import { seedUser } from "../lib/seed/seed-user";
import { readCorpus } from "../lib/seed/corpus";
import { DEMO_USERS, demoPassword } from "../lib/seed/demo-users";

async function main() {
  const db = createDb();
  try {
    const password = demoPassword();
    let admin: string | null = null;
    for (const demo of DEMO_USERS) {
      const { user, created } = await seedUser(db, { ...demo, password });
      if (demo.role === "admin") admin = user.id;
      console.log(`${created ? "created" : "kept   "} user ${user.email} (${user.role})`);
    }
    for (const entry of readCorpus()) {
      const { article, created, recleaned } = await seedArticle(
        db,
        {
          title: entry.title,
          text: entry.raw,
          publisher: entry.publisher,
          author: entry.author,
          publishedAt: entry.publishedAt,
          url: entry.url,
        },
        admin,
        entry.raw,
      );
      console.log(`${created ? "created" : recleaned ? "cleaned" : "kept   "} article ${article.title}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
