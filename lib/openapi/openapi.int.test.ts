/**
 * Every operation of the served OpenAPI document, called over real HTTP with the document's own
 * example (path parameters, query parameters, request body) by an admin: the answer must be a
 * status the document lists for it, never a 5xx, never a refusal of the example itself (400,
 * 413, 415, 422) and never a refusal of the caller (401, 403). Operations without path parameters
 * must succeed; those with them name ids no record has, so they answer 404 after the example
 * passed validation (`route()` parses query and body before the handler looks anything up).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, signIn, userWithToken } from "@/test/support/http";

type Doc = { paths: Record<string, Record<string, OperationObject>> };
interface OperationObject {
  operationId: string;
  security: Record<string, unknown>[];
  parameters: { name: string; in: "path" | "query"; example?: string | number }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, unknown>;
}

/** The admin's password is the one the password-change example says is current. */
const EXAMPLE_PASSWORD = "example-password-1";
const refusals = [400, 401, 403, 413, 415, 422];

/** Ids of the records the examples created, by what they are ("project", "article"). */
const created = new Map<string, string>();
/** Reads that rightly find nothing about a new record, and why. */
const notYet: Record<string, string> = {
  getGuidelinesVersion: "a new project has no guidelines yet",
  compareGuidelines: "a new project has no two versions to compare",
  getAdjudication: "the example's article is not in the example's project",
};

const nounOf = (segment: string) => segment.replace(/ies$/, "y").replace(/s$/, "");
/** What a path parameter names: "claim" for `{id}` after `claims`, "article" for `{articleId}`. */
function paramNoun(path: string, name: string): string {
  const segments = path.split("/");
  return name === "id" ? nounOf(segments[segments.indexOf(`{${name}}`) - 1] ?? "") : name.replace(/Id$/, "");
}

let doc: Doc;
const auth: { token?: string; cookie?: string } = {};

beforeAll(async () => {
  const served = await api("/api/openapi.json");
  expect(served.status).toBe(200);
  doc = served.data as Doc;
  const { user, token } = await userWithToken("admin", EXAMPLE_PASSWORD);
  const session = await signIn(user.email, EXAMPLE_PASSWORD);
  if (!session.cookie) throw new Error(`could not sign in: ${session.error}`);
  Object.assign(auth, { token, cookie: session.cookie });
});

/** The request the operation's example makes. */
function exampleRequest(path: string, method: string, op: OperationObject) {
  let url = path;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    if (p.example === undefined) continue;
    if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
    else query.set(p.name, String(p.example));
  }
  if (query.size) url += `?${query}`;
  const [mediaType, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  const headers = new Headers();
  let body: BodyInit | undefined;
  if (mediaType === "application/json") {
    headers.set("content-type", mediaType);
    body = JSON.stringify(content?.example);
  } else if (mediaType === "multipart/form-data") {
    const form = new FormData();
    for (const [field, text] of Object.entries(content?.example as Record<string, string>)) {
      form.append(field, new Blob([text], { type: "text/plain" }), "example.txt");
    }
    body = form;
  } else if (mediaType) {
    headers.set("content-type", mediaType);
    body = String(content?.example);
  }
  const sessionOnly = op.security.length === 1 && "session" in (op.security[0] ?? {});
  const credentials = op.security.length === 0 ? {} : sessionOnly ? { cookie: auth.cookie } : { token: auth.token };
  return { url, init: { method: method.toUpperCase(), headers, body, ...credentials } };
}

describe("the OpenAPI document's examples, sent to the running app", () => {
  it("covers the whole API", () => {
    const count = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(count).toBeGreaterThanOrEqual(85);
  });

  it("answers every example with a documented status", async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    // Session-only operations last: changing the password ends the session the others use.
    operations.sort(
      (a, b) => Number(a.op.operationId === "changePassword") - Number(b.op.operationId === "changePassword"),
    );
    const wrong: string[] = [];
    for (const { path, method, op } of operations) {
      const { url, init } = exampleRequest(path, method, op);
      const res = await api(url, init);
      // A record an example created ("POST /api/projects" → a project) names real ids below.
      if (res.status === 201 && method === "post" && !path.includes("{") && typeof res.data?.id === "string") {
        created.set(nounOf(path.split("/").at(-1) ?? ""), res.data.id);
      }
      const documented = Object.keys(op.responses).map(Number);
      const hasParams = op.parameters.some((p) => p.in === "path");
      const expected = (s: number) =>
        documented.includes(s) && s < 500 && !refusals.includes(s) && (hasParams ? s < 400 || s === 404 : s < 400);
      if (!expected(res.status)) {
        wrong.push(`${op.operationId} ${init.method} ${url} → ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`);
      }
    }
    expect(wrong, `operations whose example got an undocumented or refused answer from ${baseUrl()}`).toEqual([]);
  });

  it("answers every read about a record the examples created, with the example's query", async () => {
    const reads = Object.entries(doc.paths).flatMap(([path, item]) =>
      item.get && path.includes("{") ? [{ path, op: item.get }] : [],
    );
    const wrong: string[] = [];
    let tried = 0;
    for (const { path, op } of reads) {
      const ids = op.parameters
        .filter((p) => p.in === "path")
        .map((p) => {
          // An example that names no record ("latest" for a guidelines version) is kept as it is.
          const given = String(p.example ?? "");
          return [p.name, given.startsWith("example-") ? created.get(paramNoun(path, p.name)) : given] as const;
        });
      if (ids.some(([, id]) => id === undefined)) continue;
      const real = {
        ...op,
        parameters: op.parameters.map((p) => ({ ...p, example: ids.find(([n]) => n === p.name)?.[1] ?? p.example })),
      };
      const { url, init } = exampleRequest(path, "get", real);
      const res = await api(url, init);
      tried++;
      if (!(res.status in op.responses) || res.status >= 300) {
        if (!notYet[op.operationId])
          wrong.push(`${op.operationId} GET ${url} → ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`);
      }
    }
    expect(wrong, "reads of existing records that did not answer 2xx").toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(15);
  });
});
