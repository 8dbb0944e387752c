import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { AppError } from "@/lib/errors";
import { isForced } from "@/lib/articles/schema";
import { importJsonl, readJsonlLines, type BulkLine } from "@/lib/articles/import/import-jsonl";
import { maxBulkBytes, maxImportBytes } from "@/lib/articles/import/limits";
import { assertDeclaredSize, chunksOf, ndjsonResponse } from "@/lib/articles/import/stream";
import { importTarget, type ImportProject } from "@/lib/projects/import-target";

const JSONL_TYPE = /^application\/(?:x-)?(?:ndjson|jsonl|json-lines)\b/i;

/** The lines as they come, the summary naming the project the articles were added to. */
async function* withProject(lines: AsyncGenerator<BulkLine>, project: ImportProject): AsyncGenerator<unknown> {
  for await (const line of lines) yield "summary" in line ? { ...line, project } : line;
}

export const POST = route(ops.importArticlesBulk, async ({ req, db, actor, query }) => {
  if (!JSONL_TYPE.test(req.headers.get("content-type") ?? "")) {
    throw new AppError(
      "unsupported_media_type",
      "Send JSON Lines with Content-Type: application/x-ndjson (or application/jsonl), one article object per line",
    );
  }
  assertDeclaredSize(req, maxBulkBytes(), "MAX_BULK_BYTES");
  const project = await importTarget({ db, actor, projectId: query.projectId });
  const lines = readJsonlLines(req.body ? chunksOf(req.body) : [], {
    maxLineBytes: maxImportBytes(),
    maxTotalBytes: maxBulkBytes(),
  });
  const results = importJsonl({ db, actor, lines, force: isForced(query), projectId: project?.id });
  // The first line is imported before answering, so an empty body can still get a plain 400.
  const first = await results.next();
  if (first.done || "summary" in first.value) {
    await results.return(undefined);
    throw new AppError("bad_request", "The body has no lines; expected one JSON article object per line");
  }
  return ndjsonResponse(project ? withProject(results, project) : results, first.value);
});
