/**
 * `npm run cli -- import-claims FILE.jsonl --email E`: recreates claims from a JSONL export
 * (`export --format jsonl`) in an instance holding the same articles. Named import-claims
 * because `import-dataset` already imports articles from JSONL.
 */
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findUserByEmail } from "@/lib/users/find-user";
import { importClaims } from "@/lib/export/roundtrip/import-claims";

export interface ImportClaimsCommandOptions {
  db: Db;
  paths: string[];
  /** Claims whose author is unknown here, clusters and evidence are credited to this account. */
  email?: string;
  out?: NodeJS.WritableStream;
}

/** Resolves to the exit code: 1 when any record was refused. */
export async function runImportClaimsCommand({
  db,
  paths,
  email,
  out = process.stdout,
}: ImportClaimsCommandOptions): Promise<number> {
  if (paths.length !== 1) throw new AppError("bad_request", "import-claims needs exactly one JSONL file (see --help)");
  if (!email) throw new AppError("bad_request", "--email is required: the account credited with the imported claims");
  const importer = await findUserByEmail({ db, email });
  const result = await importClaims({ db, file: paths[0], importer });
  for (const r of result.refused) out.write(`refused line ${r.line}${r.id ? ` (claim ${r.id})` : ""}: ${r.reason}\n`);
  out.write(
    `Imported ${result.created} claims and ${result.evidenceCreated} evidence links; ${result.alreadyPresent} already present, ` +
      `${result.refused.length} refused, ${result.evidenceSkipped} claim links skipped (target missing)\n`,
  );
  return result.refused.length ? 1 : 0;
}
