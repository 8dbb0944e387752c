/**
 * Serves the reader bench's article from the built app and keeps running, for looking at the
 * page by hand or profiling it with other tools. Prints the article's address and a session
 * cookie. `--db` reuses a database an earlier run made (its path is printed), which saves the
 * half minute of creating 2,000 claims.
 *
 *   NEXT_DIST_DIR=.next-reader npx tsx bench/reader/serve.ts [--port 3611] [--db file:/tmp/…/bench.db]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { signIn } from "@/test/support/http";
import { startServer } from "@/test/support/server";
import { BENCH_PASSWORD } from "../support/accounts";
import { createBenchData, READER_BENCH_USER } from "./setup";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    db: { type: "string" },
    chars: { type: "string", default: "200000" },
    claims: { type: "string", default: "2000" },
  },
});
process.env.NEXT_DIST_DIR ??= ".next-reader";

let databaseUrl = values.db;
let articleId: string;
if (databaseUrl) {
  const db = createDb(resolveDatabase(databaseUrl));
  articleId = (await db.article.findFirstOrThrow({ select: { id: true }, orderBy: { importedAt: "desc" } })).id;
  await db.$disconnect();
} else {
  const data = await createBenchData({ chars: Number(values.chars), claims: Number(values.claims), seed: 7 });
  // Kept: the point of this script is a database to come back to.
  const keep = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-reader-")), "bench.db");
  fs.copyFileSync(new URL(data.database.url.replace(/^file:/, "file://")), keep);
  await data.database.drop();
  databaseUrl = `file:${keep}`;
  articleId = data.articleId;
}
const server = await startServer({ databaseUrl, port: values.port ? Number(values.port) : undefined });
const { cookie, error } = await signIn(READER_BENCH_USER.email, BENCH_PASSWORD, server.url);
if (!cookie) throw new Error(`sign-in failed: ${error}`);
console.log(`database ${databaseUrl}`);
console.log(`article  ${server.url}/articles/${articleId}`);
console.log(`cookie   ${cookie}`);
console.log(`user     ${READER_BENCH_USER.email} / ${BENCH_PASSWORD}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
