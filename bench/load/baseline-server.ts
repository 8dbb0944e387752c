/**
 * The load bench's baseline: the same six requests the app serves to the load clients, on a bare
 * `node:http` server with the bare driver (see baseline-store.ts), and only what each request
 * must do to be the same work:
 *
 * - every request: `Authorization: Bearer` → sha256 → one token⋈user SELECT (revoked, disabled
 *   and role checked), `lastUsedAt` written at most once a minute, as the app does;
 * - GET  /api/articles/{id}: the article row with its importer's name;
 * - POST /api/articles/{id}/claims: the article's text, the span checked against it, prefix and
 *   suffix cut from it; one transaction: INSERT claim RETURNING *, INSERT audit event (after);
 * - PATCH /api/claims/{id}: one transaction: SELECT claim, author/status/version checks, UPDATE
 *   … WHERE id AND version AND editable status RETURNING *, INSERT audit event (before, after);
 * - POST /api/claims/{id}/submit: the same shape, status → submitted;
 * - GET  /api/claims?status=&pageSize=: COUNT plus one page joined with article title and author
 *   name, oldest first;
 * - POST /api/claims/{id}/review: one transaction: SELECT claim, four-eyes/status/version checks,
 *   conditional UPDATE RETURNING *, INSERT review decision, INSERT audit event.
 *
 * Statuses as the app's: 201 on create, 403 four eyes, 404, 409 stale or already decided, 422.
 *
 *   node --import tsx bench/load/baseline-server.ts --url <DATABASE_URL> [--sqlite-pragmas JSON]
 *   (prints {"port":N})
 */
import http from "node:http";
import { createHash, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { openStore, type Conn, type Row } from "./baseline-store";
import { QueueFail, submitAssignment, takeNext } from "./baseline-queue";

class Fail extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly current?: Row,
  ) {
    super(message);
  }
}

interface Actor {
  id: string;
  role: string;
}

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string", default: "0" },
    "sqlite-pragmas": { type: "string", default: "{}" },
  },
});
if (!values.url) throw new Error("--url is required");
const store = openStore(values.url, JSON.parse(values["sqlite-pragmas"]) as Record<string, string | number>);
const tokenChecked = new Map<string, number>();
const EDITABLE = ["draft", "changes_requested"];
const KINDS = new Set(["casualty", "quantity", "event", "quote", "attribution", "other"]);
const DECISIONS: Record<string, string> = {
  approve: "approved",
  reject: "rejected",
  request_changes: "changes_requested",
};
/** Columns a PATCH may change (the load clients send attributedTo and note). */
const EDITABLE_COLUMNS = ["kind", "value", "qualifier", "unit", "timeRef", "attributedTo", "note"];

async function authenticate(header: string | undefined): Promise<Actor> {
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!secret?.startsWith("cbt_")) throw new Fail(401, "Send Authorization: Bearer <token>");
  const hash = createHash("sha256").update(secret).digest("hex");
  const [row] = await store.all(
    `SELECT t."id", t."revokedAt", t."lastUsedAt", u."id" AS "userId", u."role", u."disabledAt"
       FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" WHERE t."tokenHash" = ?`,
    [hash],
  );
  if (!row || row.revokedAt || row.disabledAt) throw new Fail(401, "Unknown or revoked token");
  const now = Date.now();
  const last =
    tokenChecked.get(row.id as string) ?? (row.lastUsedAt ? new Date(row.lastUsedAt as string).getTime() : 0);
  if (now - last > 60_000) {
    await store.run(`UPDATE "ApiToken" SET "lastUsedAt" = ? WHERE "id" = ?`, [store.now(), row.id]);
    tokenChecked.set(row.id as string, now);
  }
  return { id: row.userId as string, role: row.role as string };
}

function audit(conn: Conn, actor: Actor, action: string, entityId: string, before: Row | null, after: Row | null) {
  return conn.run(
    `INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "after") VALUES (?, ?, ?, 'claim', ?, ?, ?)`,
    [randomUUID(), actor.id, action, entityId, before && JSON.stringify(before), after && JSON.stringify(after)],
  );
}

async function getArticle(id: string) {
  const [row] = await store.all(
    `SELECT a."id", a."title", a."publisher", a."author", a."url", a."publishedAt", a."wordCount", a."importedAt", a."version", a."text", a."rawFormat",
            u."id" AS "importedById", u."name" AS "importedByName"
       FROM "Article" a LEFT JOIN "User" u ON u."id" = a."importedById" WHERE a."id" = ?`,
    [id],
  );
  if (!row) throw new Fail(404, `Article ${id} not found`);
  return row;
}

async function createClaim(actor: Actor, articleId: string, body: Row) {
  const { start, end, exact, kind } = body;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    typeof exact !== "string" ||
    typeof kind !== "string" ||
    !KINDS.has(kind)
  ) {
    throw new Fail(422, "start, end, exact and kind are required");
  }
  const [article] = await store.all(`SELECT "id", "text" FROM "Article" WHERE "id" = ?`, [articleId]);
  if (!article) throw new Fail(404, `Article ${articleId} not found`);
  const text = article.text as string;
  const s = start as number;
  const e = end as number;
  if (s < 0 || e <= s || e > text.length || text.slice(s, e) !== exact)
    throw new Fail(422, "exact does not match the text at start..end");
  const values = [
    randomUUID(),
    articleId,
    s,
    e,
    exact,
    text.slice(Math.max(0, s - 32), s),
    text.slice(e, e + 32),
    kind,
    body.value ?? null,
    body.qualifier ?? null,
    body.valueMax ?? null,
  ];
  return store.tx(async (conn) => {
    const [claim] = await conn.all(
      `INSERT INTO "Claim" ("id", "articleId", "start", "end", "exact", "prefix", "suffix", "kind", "value", "qualifier", "valueMax", "unit", "timeRef", "attributedTo", "note", "authorId", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        ...values,
        body.unit ?? null,
        body.timeRef ?? null,
        body.attributedTo ?? null,
        body.note ?? null,
        actor.id,
        store.now(),
      ],
    );
    await audit(conn, actor, "claim.create", claim?.id as string, null, claim as Row);
    return claim as Row;
  });
}

/** SELECT, checks, conditional UPDATE … RETURNING *, audit: the shape of every claim write. */
async function changeClaim(
  actor: Actor,
  id: string,
  action: string,
  check: (claim: Row) => void,
  set: Record<string, unknown>,
  where: { version: number; statuses: string[] },
  extra?: (conn: Conn, after: Row) => Promise<unknown>,
) {
  return store.tx(async (conn) => {
    const [before] = await conn.all(`SELECT * FROM "Claim" WHERE "id" = ?`, [id]);
    if (!before) throw new Fail(404, `Claim ${id} not found`);
    check(before);
    if (before.version !== where.version) throw new Fail(409, "The claim changed since you loaded it", before);
    const columns = Object.keys(set);
    const [after] = await conn.all(
      `UPDATE "Claim" SET ${columns.map((c) => `"${c}" = ?`).join(", ")}, "version" = "version" + 1, "updatedAt" = ?
        WHERE "id" = ? AND "version" = ? AND "status" IN (${where.statuses.map(() => "?").join(", ")}) RETURNING *`,
      [...columns.map((c) => set[c]), store.now(), id, where.version, ...where.statuses],
    );
    if (!after) throw new Fail(409, "The claim changed since you loaded it", before);
    const result = extra ? await extra(conn, after) : undefined;
    await audit(conn, actor, action, id, before, after);
    return result === undefined ? after : { claim: after, decision: result };
  });
}

function mustBeVersion(body: Row): number {
  if (!Number.isInteger(body.version) || (body.version as number) < 1) throw new Fail(422, "version: is required");
  return body.version as number;
}

function updateClaim(actor: Actor, id: string, body: Row) {
  const version = mustBeVersion(body);
  const set = Object.fromEntries(EDITABLE_COLUMNS.filter((c) => body[c] !== undefined).map((c) => [c, body[c]]));
  if (set.kind !== undefined && !KINDS.has(set.kind as string)) throw new Fail(422, "kind: unknown");
  const check = (claim: Row) => {
    if (claim.authorId !== actor.id && actor.role !== "admin") throw new Fail(403, "Only the author edits a draft");
    if (!EDITABLE.includes(claim.status as string)) throw new Fail(409, `The claim is ${claim.status}`, claim);
  };
  return changeClaim(actor, id, "claim.update", check, set, { version, statuses: EDITABLE });
}

function submitClaim(actor: Actor, id: string, body: Row) {
  const version = mustBeVersion(body);
  const check = (claim: Row) => {
    if (claim.authorId !== actor.id && actor.role !== "admin") throw new Fail(403, "Only the author submits");
    if (!EDITABLE.includes(claim.status as string)) throw new Fail(409, `The claim is ${claim.status}`, claim);
  };
  return changeClaim(
    actor,
    id,
    "claim.submit",
    check,
    { status: "submitted", submittedAt: store.now() },
    { version, statuses: EDITABLE },
  );
}

function reviewClaim(actor: Actor, id: string, body: Row) {
  if (actor.role !== "reviewer" && actor.role !== "admin") throw new Fail(403, "claims.review is needed");
  const version = mustBeVersion(body);
  const status = DECISIONS[body.decision as string];
  if (!status) throw new Fail(422, "decision: unknown");
  const comment = typeof body.comment === "string" && body.comment.trim() ? body.comment.trim() : null;
  if (status !== "approved" && !comment) throw new Fail(422, "comment: is required for this decision");
  const check = (claim: Row) => {
    if (claim.authorId === actor.id) throw new Fail(403, "Four eyes: not on your own claim");
    if (claim.status !== "submitted") throw new Fail(409, `The claim is ${claim.status}`, claim);
  };
  const decidedAt = store.now();
  const decide = async (conn: Conn) => {
    const [decision] = await conn.all(
      `INSERT INTO "ReviewDecision" ("id", "claimId", "reviewerId", "decision", "comment", "createdAt") VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
      [randomUUID(), id, actor.id, body.decision, comment, decidedAt],
    );
    return decision;
  };
  const set = { status, reviewerId: actor.id, approvedAt: status === "approved" ? decidedAt : null };
  return changeClaim(
    actor,
    id,
    `claim.${body.decision as string}`,
    check,
    set,
    { version, statuses: ["submitted"] },
    decide,
  );
}

async function listClaims(query: URLSearchParams) {
  const status = query.get("status");
  const pageSize = Math.min(100, Math.max(1, Number(query.get("pageSize") ?? 25) || 25));
  const where = status ? `WHERE c."status" = ?` : "";
  const params = status ? [status] : [];
  const [count] = await store.all(`SELECT COUNT(*) AS "n" FROM "Claim" c ${where}`, params);
  const rows = await store.all(
    `SELECT c.*, a."title" AS "articleTitle", u."name" AS "authorName" FROM "Claim" c
       JOIN "Article" a ON a."id" = c."articleId" JOIN "User" u ON u."id" = c."authorId"
       ${where} ORDER BY c."createdAt" ASC, c."id" ASC LIMIT ${pageSize}`,
    params,
  );
  const items = rows.map(({ articleTitle, authorName, ...claim }) => ({
    ...claim,
    article: { id: claim.articleId, title: articleTitle },
    author: { id: claim.authorId, name: authorName },
  }));
  return { items, page: 1, pageSize, total: Number(count?.n ?? 0) };
}

async function readBody(req: http.IncomingMessage): Promise<Row> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) throw new Fail(415, "Send JSON");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 5 * 1024 * 1024) throw new Fail(413, "Too large");
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString());
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    return value as Row;
  } catch {
    throw new Fail(400, "The body is not a JSON object");
  }
}

async function handle(req: http.IncomingMessage): Promise<{ status: number; body: unknown }> {
  const url = new URL(req.url ?? "/", "http://baseline");
  const parts = url.pathname.split("/").filter(Boolean);
  const method = req.method ?? "GET";
  if (parts[0] !== "api") throw new Fail(404, "Not found");
  const actor = await authenticate(req.headers.authorization);
  const [, collection, id, sub] = parts;
  const writes = actor.role === "annotator" || actor.role === "reviewer" || actor.role === "admin";
  if (collection === "articles" && id && !sub && method === "GET") return { status: 200, body: await getArticle(id) };
  if (collection === "articles" && id && sub === "claims" && method === "POST") {
    if (!writes) throw new Fail(403, "claims.write is needed");
    return { status: 201, body: await createClaim(actor, id, await readBody(req)) };
  }
  if (collection === "claims" && !id && method === "GET")
    return { status: 200, body: await listClaims(url.searchParams) };
  if (collection === "claims" && id && !sub && method === "PATCH")
    return { status: 200, body: await updateClaim(actor, id, await readBody(req)) };
  if (collection === "claims" && id && sub === "submit" && method === "POST")
    return { status: 200, body: { claim: await submitClaim(actor, id, await readBody(req)) } };
  if (collection === "claims" && id && sub === "review" && method === "POST")
    return { status: 200, body: await reviewClaim(actor, id, await readBody(req)) };
  if (collection === "projects" && id && sub === "queue" && parts[4] === "next" && method === "POST") {
    const taken = await takeNext(store, actor.id, id);
    if (!taken) return { status: 204, body: null };
    return { status: taken.resumed ? 200 : 201, body: taken.assignment };
  }
  if (collection === "assignments" && id && sub === "submit" && method === "POST")
    return { status: 200, body: await submitAssignment(store, actor.id, id) };
  throw new Fail(404, "Not found");
}

const server = http.createServer((req, res) => {
  handle(req)
    .catch((error: unknown) => {
      if (error instanceof Fail)
        return { status: error.status, body: { error: { message: error.message, current: error.current } } };
      if (error instanceof QueueFail) return { status: error.status, body: { error: { message: error.message } } };
      console.error(error);
      return { status: 500, body: { error: { message: "internal" } } };
    })
    .then(({ status, body }) => {
      if (status === 204) return void res.writeHead(204).end();
      const text = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(values.port), "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
