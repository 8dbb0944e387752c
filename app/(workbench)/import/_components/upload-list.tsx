import Link from "next/link";
import { articleHref, reasonLabel, type FileResult } from "./import-api";
import { AddedToProject } from "./paste-result";
import { NearDuplicateFlag } from "@/app/(workbench)/_components/near-duplicate-flag";
import { formatBytes } from "./file-checks";
import { fieldSentence } from "./form-field";
import { tally, tallyText, type UploadEntry } from "./upload-entry";

const STATUS_LABELS: Record<FileResult["status"], string> = {
  created: "Created",
  duplicate: "Duplicate",
  error: "Error",
};

function StatusBadge({ status }: { status: FileResult["status"] }) {
  return <span className={`badge import-badge import-badge--${status}`}>{STATUS_LABELS[status]}</span>;
}

/** Field issues read better than the summary message that strings them together ("Invalid request: text: …"). */
function errorText(result: FileResult): string {
  const issues = result.error?.issues;
  if (issues?.length)
    return issues.map((i) => fieldSentence(i.path.charAt(0).toUpperCase() + i.path.slice(1), i.message)).join(" ");
  return result.error?.message ?? "Not imported.";
}

/** The outcome of one document: the article it became or matched, or why it was refused. */
function ResultDetail({ result }: { result: FileResult }) {
  if (result.status === "error") return <span className="error-text">{errorText(result)}</span>;
  const link = result.id ? (
    <Link href={articleHref(result.id)}>{result.title ?? "Open article"}</Link>
  ) : (
    <span>{result.title}</span>
  );
  if (result.status === "duplicate") {
    return (
      <span>
        Already in the corpus: {link} <span className="muted">({reasonLabel(result.reason)})</span>
      </span>
    );
  }
  return (
    <span>
      {link}
      {result.nearDuplicateOf ? <NearDuplicateFlag otherId={result.nearDuplicateOf} /> : null}
    </span>
  );
}

function EntryState({ entry }: { entry: UploadEntry }) {
  if (entry.state === "queued") return <span className="muted">Waiting</span>;
  if (entry.state === "uploading") {
    const pct = entry.total > 0 ? Math.round((entry.sent / entry.total) * 100) : 0;
    return pct >= 100 ? (
      <span className="muted">Importing…</span>
    ) : (
      <span className="upload-file__sending">
        <progress max={100} value={pct} aria-label={`Sending ${entry.file.name}`} />
        <span className="muted">{pct}%</span>
      </span>
    );
  }
  if (entry.state === "rejected") return <StatusBadge status="error" />;
  if (entry.state === "failed") return <StatusBadge status="error" />;
  const results = entry.results ?? [];
  const single = results.length === 1 && results[0]?.line === undefined ? results[0] : undefined;
  return single ? <StatusBadge status={single.status} /> : <span className="muted">{tallyText(tally([entry]))}</span>;
}

/** Per-file results; a JSONL file lists its lines under it. */
export function UploadList({ entries }: { entries: readonly UploadEntry[] }) {
  return (
    <ul className="upload-list" aria-label="Files">
      {entries.map((entry) => {
        const results = entry.results ?? [];
        const single = results.length === 1 && results[0]?.line === undefined ? results[0] : undefined;
        return (
          <li key={entry.key} className="upload-file">
            <div className="upload-file__head">
              <span className="upload-file__name">{entry.file.name}</span>
              <span className="upload-file__size muted">{formatBytes(entry.file.size)}</span>
              <span className="upload-file__state">
                <EntryState entry={entry} />
              </span>
            </div>
            {entry.problem ? <p className="upload-file__detail error-text">{entry.problem.message}</p> : null}
            {single ? (
              <p className="upload-file__detail">
                <ResultDetail result={single} />
              </p>
            ) : null}
            {!single && results.length > 0 ? (
              <ol className="upload-lines" aria-label={`Lines of ${entry.file.name}`}>
                {results.map((r, i) => (
                  <li key={`${r.line ?? "file"}-${i}`}>
                    <span className="upload-lines__no">{r.line !== undefined ? `Line ${r.line}` : "File"}</span>
                    <StatusBadge status={r.status} />
                    <ResultDetail result={r} />
                  </li>
                ))}
              </ol>
            ) : null}
            {entry.project && results.some((r) => r.status !== "error") ? (
              <AddedToProject project={entry.project} className="upload-file__detail" />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
