/**
 * Browser-side calls to the import routes, with the response shapes the page reads. The routes'
 * own types live in server modules (Prisma, zod schemas); these mirror only the fields shown.
 */

import type { ErrorWire, FieldIssue } from "@/lib/http/wire";
import type { ImportProject } from "@/lib/projects/import-target";

export type { ImportProject };

export type DuplicateReason = "url" | "hash" | "near-duplicate";

/** What `POST /api/articles` answered, reduced to what the page shows. */
export type PasteOutcome =
  | {
      kind: "created";
      id: string;
      title: string;
      nearDuplicate?: { id: string; similarity: number };
      project?: ImportProject;
    }
  | {
      kind: "duplicate";
      id: string;
      title: string;
      reason: DuplicateReason;
      similarity?: number;
      project?: ImportProject;
    }
  | { kind: "error"; status: number; error: ErrorWire };

/** One result of `POST /api/articles/upload`: a file, or one line of a JSONL file. */
export interface FileResult {
  file: string;
  line?: number;
  format?: string;
  status: "created" | "duplicate" | "error";
  id?: string;
  title?: string;
  duplicateOf?: string;
  reason?: DuplicateReason;
  nearDuplicateOf?: string;
  error?: ErrorWire;
}

export type UploadOutcome =
  { ok: true; results: FileResult[]; project?: ImportProject } | { ok: false; error: ErrorWire };

/** The article body `POST /api/articles` takes; blank optional fields are left out. */
export interface ArticlePayload {
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The `{ error }` body of a failed call, or a stand-in when the body was not ours (a proxy page, a dropped connection). */
function apiErrorOf(status: number, body: unknown): ErrorWire {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.message === "string") {
    const issues = Array.isArray(body.error.issues)
      ? body.error.issues.filter(
          (i): i is FieldIssue => isRecord(i) && typeof i.path === "string" && typeof i.message === "string",
        )
      : undefined;
    return {
      code: String(body.error.code ?? "error"),
      message: body.error.message,
      ...(issues?.length ? { issues } : {}),
    };
  }
  if (status === 401) return { code: "unauthenticated", message: "Your session has ended. Sign in again, then retry." };
  if (status === 413) return { code: "payload_too_large", message: "The server refused the request as too large." };
  if (status === 0)
    return { code: "network", message: "The server could not be reached. Check your connection and retry." };
  return { code: "http_error", message: `The server answered ${status} without an explanation.` };
}

/** The project an import answer names (`project: { id, name }`, when the import named one). */
function projectOf(body: Record<string, unknown>): { project?: ImportProject } {
  const p = body.project;
  return isRecord(p) && typeof p.id === "string" && typeof p.name === "string"
    ? { project: { id: p.id, name: p.name } }
    : {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The import routes' query: `force=true` stores a copy anyway; `projectId` also includes the article in that project. */
function importQuery({ force = false, projectId = "" }: { force?: boolean; projectId?: string }): string {
  const query = new URLSearchParams();
  if (force) query.set("force", "true");
  if (projectId) query.set("projectId", projectId);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * Imports one pasted article; `force` stores a copy even when it is already in the corpus;
 * `projectId` (blank: none) includes it, new or found, in that project.
 */
export async function importArticle(payload: ArticlePayload, force = false, projectId = ""): Promise<PasteOutcome> {
  let res: Response;
  try {
    res = await fetch(`/api/articles${importQuery({ force, projectId })}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(payload),
    });
  } catch {
    return { kind: "error", status: 0, error: apiErrorOf(0, undefined) };
  }
  const body = parseJson(await res.text());
  if (!res.ok || !isRecord(body) || typeof body.id !== "string")
    return { kind: "error", status: res.status, error: apiErrorOf(res.status, body) };
  const title = typeof body.title === "string" ? body.title : "(untitled)";
  if (res.status === 201) {
    const near =
      isRecord(body.nearDuplicate) && typeof body.nearDuplicate.id === "string"
        ? { id: body.nearDuplicate.id, similarity: Number(body.nearDuplicate.similarity) }
        : undefined;
    return { kind: "created", id: body.id, title, ...(near ? { nearDuplicate: near } : {}), ...projectOf(body) };
  }
  const reason = body.reason === "url" || body.reason === "near-duplicate" ? body.reason : "hash";
  return {
    kind: "duplicate",
    id: body.id,
    title,
    reason,
    ...(typeof body.similarity === "number" ? { similarity: body.similarity } : {}),
    ...projectOf(body),
  };
}

/**
 * Uploads one file. XMLHttpRequest rather than fetch because only it reports upload progress;
 * `onProgress` gets the bytes sent so far (the multipart wrapping included). `projectId` (blank:
 * none) includes the file's articles in that project.
 */
export function uploadFile(
  file: File,
  onProgress: (sent: number, total: number) => void,
  projectId = "",
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/articles/upload${importQuery({ projectId })}`);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 200 && isRecord(body) && Array.isArray(body.results)) {
        resolve({
          ok: true,
          results: body.results.filter((r): r is FileResult => isRecord(r) && typeof r.status === "string"),
          ...projectOf(body),
        });
      } else {
        resolve({ ok: false, error: apiErrorOf(xhr.status, body) });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: apiErrorOf(0, undefined) });
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

/** "same URL", "identical text", "nearly identical text (96% similar)". */
export function reasonLabel(reason: DuplicateReason | undefined, similarity?: number): string {
  if (reason === "url") return "same URL";
  if (reason === "near-duplicate")
    return similarity !== undefined
      ? `nearly identical text (${percent(similarity)} similar)`
      : "nearly identical text";
  return "identical text";
}

export function percent(fraction: number): string {
  return `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

export function projectHref(id: string): string {
  return `/projects/${encodeURIComponent(id)}`;
}

export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}
