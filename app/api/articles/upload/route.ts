import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { AppError } from "@/lib/errors";
import { isForced } from "@/lib/articles/schema";
import { importFiles, type FileResult, type ImportSourceFile } from "@/lib/articles/import/import-file";
import { maxUploadBytes } from "@/lib/articles/import/limits";
import { readBodyLimited } from "@/lib/articles/import/stream";
import { importTarget } from "@/lib/projects/import-target";

export const POST = route(ops.uploadArticles, async ({ req, db, actor, query }) => {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("unsupported_media_type", 'Send the files as multipart/form-data, each in a field named "file"');
  }
  const project = await importTarget({ db, actor, projectId: query.projectId });
  const body = await readBodyLimited(req, maxUploadBytes(), "MAX_UPLOAD_BYTES");
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart body could not be parsed");
  }
  const entries = form.getAll("file");
  if (entries.length === 0)
    throw new AppError("bad_request", 'No files were sent; add one or more fields named "file"');
  const files: ImportSourceFile[] = entries.map((entry) =>
    typeof entry === "string"
      ? {
          name: "(text field)",
          bytes: () => {
            throw new AppError("bad_request", 'A "file" field held text, not a file');
          },
        }
      : { name: entry.name, bytes: async () => new Uint8Array(await entry.arrayBuffer()) },
  );
  const results: FileResult[] = [];
  for await (const result of importFiles({ db, actor, files, force: isForced(query), projectId: project?.id }))
    results.push(result);
  const summary = { created: 0, duplicates: 0, errors: 0 };
  for (const r of results)
    summary[r.status === "created" ? "created" : r.status === "duplicate" ? "duplicates" : "errors"]++;
  // Named with a project: the one the articles, new or found, were added to.
  return { results, summary, ...(project ? { project } : {}) };
});
