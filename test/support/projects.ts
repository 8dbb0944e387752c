/**
 * Shared set-up for the projects and queue integration tests: a project made over HTTP by a
 * manager, with its own articles (unique text, so de-duplication never hands back another
 * test's) and annotators.
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { baseUrl, userWithToken } from "@/test/support/http";

/** Letters only (a digit string would be spotted as a figure in the text). */
export function marker(): string {
  return randomBytes(5)
    .toString("hex")
    .replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)] ?? "g");
}

/** fetch against a given server (the test server unless `server` names another instance). */
export async function call(
  path: string,
  init: { method?: string; token: string; json?: unknown; server?: string },
): Promise<{ status: number; headers: Headers; data: any }> {
  const headers = new Headers({ authorization: `Bearer ${init.token}` });
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const res = await fetch(`${init.server ?? baseUrl()}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, data: text ? JSON.parse(text) : null };
}

export interface TestProject {
  id: string;
  manager: Awaited<ReturnType<typeof userWithToken>>;
  annotators: Awaited<ReturnType<typeof userWithToken>>[];
  articles: { id: string; text: string }[];
}

/** A project with `articles` articles (each carrying `body`) and `annotators` annotator members. */
export async function makeProject({
  articles = 3,
  annotators = 2,
  settings = {},
  body = "Officials said more than 40,000 people had fled, and over 30,000 people dead were counted.",
}: {
  articles?: number;
  annotators?: number;
  settings?: Record<string, unknown>;
  body?: string;
}): Promise<TestProject> {
  const manager = await userWithToken("reviewer");
  const name = `Project ${marker()}`;
  const created = await call("/api/projects", { method: "POST", token: manager.token, json: { name, ...settings } });
  expect(created.status, JSON.stringify(created.data)).toBe(201);
  const id = created.data.id as string;
  const made: { id: string; text: string }[] = [];
  for (let i = 0; i < articles; i++) {
    const m = marker();
    const res = await call("/api/articles", {
      method: "POST",
      token: manager.token,
      json: { title: `Article ${m}`, text: `${body}\n\nMarker ${m}.` },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    const read = await call(`/api/articles/${res.data.id}`, { token: manager.token });
    made.push({ id: res.data.id, text: read.data.text });
  }
  if (made.length) {
    const added = await call(`/api/projects/${id}/articles`, {
      method: "POST",
      token: manager.token,
      json: { articleIds: made.map((a) => a.id) },
    });
    expect(added.status, JSON.stringify(added.data)).toBe(200);
  }
  const people = [];
  for (let i = 0; i < annotators; i++) {
    const user = await userWithToken("annotator");
    const res = await call(`/api/projects/${id}/members`, {
      method: "POST",
      token: manager.token,
      json: { userId: user.user.id, role: "annotator" },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    people.push(user);
  }
  return { id, manager, annotators: people, articles: made };
}

/** `{ start, end, exact }` of `phrase` in `text`. */
export function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, exact: phrase };
}
