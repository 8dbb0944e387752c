/**
 * `npm run cli -- export --format F --out FILE [--status S] [--article-id ID] [--kind K]
 * [--cluster-id ID] [--from D] [--to D] [--project P [--layers gold|gold+raw]]`: the same bytes as
 * `GET /api/export` (for a reviewer of the project), written to FILE,
 * plus FILE.manifest.json (the `/api/export/manifest` shape, hashed while writing).
 * `--project` (a project's id or exact name; `--project-id ID` takes an id only) exports that
 * project's claims, as the API does with `projectId`; without it the operator's export holds every
 * project's claims. The CLI acts for the instance's operator, so the blind rule does not apply.
 */
import fs from "node:fs";
import { createHash } from "node:crypto";
import { once } from "node:events";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ExportQuery, splitExportQuery } from "@/lib/export/schema";
import { exportChunks } from "@/lib/export/export-chunks";
import { bundleChunks } from "@/lib/export/bundle/bundle";
import { exportBundleInfo } from "@/lib/export/bundle/bundle-agreement";
import { countExportRecords } from "@/lib/export/records/read-export-records";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/schema";
import type { ExportManifest } from "@/lib/export/export-manifest";
import { exportAgreement } from "@/lib/export/export-agreement";
import { forProject } from "@/lib/export/export-scope";
import { findProjectId } from "./project-command";

export interface ExportCommandOptions {
  db: Db;
  values: Record<string, string | boolean | undefined>;
  out?: NodeJS.WritableStream;
  /** Progress goes here, and only when it is a terminal. */
  err?: NodeJS.WritableStream & { isTTY?: boolean };
}

async function* textChunks(pieces: AsyncIterable<readonly string[]>): AsyncGenerator<Buffer> {
  for await (const batch of pieces) yield Buffer.from(batch.join(""), "utf8");
}

const str = (value: string | boolean | undefined) => (typeof value === "string" ? value : undefined);

/** Writes the export and its manifest; resolves to the exit code. */
export async function runExportCommand({
  db,
  values,
  out = process.stdout,
  err = process.stderr,
}: ExportCommandOptions): Promise<number> {
  const file = str(values.out);
  if (!file) throw new AppError("bad_request", "--out FILE is required (see --help)");
  const projectId = await exportProjectId(db, values);
  const parsed = ExportQuery.safeParse({
    format: str(values.format),
    status: str(values.status),
    articleId: str(values["article-id"]),
    kind: str(values.kind),
    clusterId: str(values["cluster-id"]),
    from: str(values.from),
    to: str(values.to),
    projectId,
    layers: str(values.layers),
  });
  if (!parsed.success) throw AppError.fromZod(parsed.error, "bad_request");
  const { format, filter: asked } = splitExportQuery(parsed.data);
  const filter = await forProject(db, asked);

  const total = err.isTTY ? await countExportRecords({ db, filter }) : 0;
  const hash = createHash("sha256");
  const stream = fs.createWriteStream(file);
  let records = 0;
  const onRecord = (n: number) => {
    records = n;
    if (err.isTTY && n % 500 === 0) err.write(`\r${n} / ${total} claims`);
  };
  // The bundle is bytes (a zip, with the agreement report as a reviewer gets it from the API); the rest text.
  const chunks =
    format === "bundle"
      ? bundleChunks({ db, filter, info: (await exportBundleInfo(db, format, filter))!, onRecord })
      : textChunks(exportChunks({ db, format, filter, onRecord }));
  for await (const chunk of chunks) {
    hash.update(chunk);
    // Respect the disk's pace: wait for drain rather than buffering the whole export.
    if (!stream.write(chunk)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  if (err.isTTY) err.write("\r\x1b[K");

  const manifest: ExportManifest = {
    format,
    filter,
    records,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    sha256: hash.digest("hex"),
    agreement: await exportAgreement({ db, filter }),
  };
  fs.writeFileSync(`${file}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  out.write(`Wrote ${records} claims to ${file} (${format}, sha256 ${manifest.sha256}) and ${file}.manifest.json\n`);
  return 0;
}

/** The project of `--project P` (id or exact name) or `--project-id ID`; undefined for every project. */
async function exportProjectId(db: Db, values: ExportCommandOptions["values"]): Promise<string | undefined> {
  const byId = str(values["project-id"]);
  if (values.project === undefined) return byId;
  const key = str(values.project);
  if (!key) throw new AppError("bad_request", "--project needs a project's id or exact name");
  const id = await findProjectId(db, key);
  if (byId !== undefined && byId !== id)
    throw new AppError("bad_request", "--project and --project-id name different projects; give one");
  return id;
}
