/**
 * A write workload for the reliability tests: concurrent annotators take claims through their
 * whole life over HTTP (create → evidence link → edit → submit → a reviewer approves), and
 * every 2xx answer is written down, so a test can later prove that nothing acknowledged was
 * lost and nothing exists half-written.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createArticle } from "@/lib/articles/create-article";
import { CreateArticleInput } from "@/lib/articles/schema";
import { seedUser } from "@/lib/seed/seed-user";

/** Letters only: digits in a text would be spotted as figures; random so no two runs share text. */
function letters(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join("");
}

export interface Cast {
  annotators: string[];
  reviewers: string[];
  articles: { id: string; text: string; words: { start: number; end: number }[] }[];
}

/** Users with tokens and a few articles of random words, written straight through the domain functions. */
export async function seedCast(
  db: Db,
  {
    provider,
    annotators = 4,
    reviewers = 2,
    articles = 3,
  }: { provider: "sqlite" | "postgresql"; annotators?: number; reviewers?: number; articles?: number },
): Promise<Cast> {
  const run = letters(8);
  const token = async (role: "annotator" | "reviewer", i: number) => {
    const { user } = await seedUser(db, {
      email: `${role}-${i}-${run}@claimbench.test`,
      name: `${role} ${i}`,
      role,
      password: "reliability-password",
    });
    return (await createApiToken({ db, userId: user.id, input: { name: "reliability" } })).secret;
  };
  const cast: Cast = { annotators: [], reviewers: [], articles: [] };
  for (let i = 0; i < annotators; i++) cast.annotators.push(await token("annotator", i));
  for (let i = 0; i < reviewers; i++) cast.reviewers.push(await token("reviewer", i));
  for (let i = 0; i < articles; i++) {
    const paragraphs = Array.from(
      { length: 6 },
      () => `${Array.from({ length: 40 }, () => letters(4 + (randomBytes(1)[0]! % 6))).join(" ")}.`,
    );
    // The provider is passed on: createArticle's default reads DATABASE_URL, not this client's database.
    const input = CreateArticleInput.parse({
      title: `Reliability ${run} ${letters(6)}`,
      text: paragraphs.join("\n\n"),
    });
    const { article } = await createArticle({ db, actor: null, input, provider, force: true });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { id: true, text: true } });
    const words = [...stored.text.matchAll(/[a-z]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    cast.articles.push({ id: stored.id, text: stored.text, words });
  }
  return cast;
}

/** The steps of a claim's life, in order; each answers 2xx with the claim's new state. */
export const steps = ["create", "link", "update", "submit", "approve"] as const;
export type Step = (typeof steps)[number];

/** What the claim looks like once `step` has landed. */
export const expectedAfter: Record<Step, { version: number; status: string }> = {
  create: { version: 1, status: "draft" },
  link: { version: 1, status: "draft" },
  update: { version: 2, status: "draft" },
  submit: { version: 3, status: "submitted" },
  approve: { version: 4, status: "approved" },
};

export interface AckedClaim {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  /** The last step answered 2xx; the next one may have been in flight when the server died. */
  step: Step;
  version: number;
  status: string;
  note: string | null;
  /** The note the update step sends (whether or not it was answered). */
  editedNote: string;
  evidenceId?: string;
  evidenceUrl: string;
}

/** Everything the server acknowledged, and every answer that was neither 2xx nor a dead connection. */
export interface Ledger {
  claims: Map<string, AckedClaim>;
  writes: number;
  unexpected: string[];
}

export function newLedger(): Ledger {
  return { claims: new Map(), writes: 0, unexpected: [] };
}

export interface Writers {
  /** Resolves when every writer has stopped (after `stop()`, or when the server went away). */
  done: Promise<void>;
  stop(): void;
}

class ServerGone extends Error {}

/**
 * Starts `concurrency` writers against `url`. Each loops through claim lives until stopped or
 * until a request fails at the network level (the server was killed); a request that fails
 * that way may or may not have committed, and the ledger keeps the last step that was answered.
 */
export function startWriters({
  url,
  cast,
  ledger,
  concurrency,
  onAck,
}: {
  url: string;
  cast: Cast;
  ledger: Ledger;
  concurrency: number;
  onAck?: (writes: number) => void;
}): Writers {
  let stopped = false;
  const request = async (
    token: string,
    method: string,
    path: string,
    body: unknown,
    duplicateOk: boolean,
  ): Promise<Record<string, any> | null> => {
    let res: Response;
    try {
      res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ServerGone();
    }
    let data: Record<string, any>;
    try {
      data = (await res.json()) as Record<string, any>;
    } catch {
      // The connection died while the answer was being read: not acknowledged.
      throw new ServerGone();
    }
    // A span this author already tagged is handed back as a 409 (no second identical claim).
    if (duplicateOk && res.status === 409 && typeof data.existingClaimId === "string") return null;
    if (res.status >= 300) {
      ledger.unexpected.push(`${method} ${path} → ${res.status} ${JSON.stringify(data).slice(0, 300)}`);
      throw new ServerGone();
    }
    return data;
  };
  const call = async (token: string, method: string, path: string, body: unknown) =>
    (await request(token, method, path, body, false))!;
  const acked = (claim: AckedClaim) => {
    ledger.claims.set(claim.id, { ...claim });
    ledger.writes += 1;
    onAck?.(ledger.writes);
  };

  const life = async (writer: number) => {
    const author = cast.annotators[writer % cast.annotators.length]!;
    const reviewer = cast.reviewers[writer % cast.reviewers.length]!;
    const article = cast.articles[randomBytes(1)[0]! % cast.articles.length]!;
    let created: Record<string, any> | null = null;
    while (!created) {
      const word = article.words[randomBytes(2).readUInt16BE() % article.words.length]!;
      const exact = article.text.slice(word.start, word.end);
      created = await request(
        author,
        "POST",
        `/api/articles/${article.id}/claims`,
        { start: word.start, end: word.end, exact, kind: "other" },
        true,
      );
    }
    const claim: AckedClaim = {
      id: created.id,
      articleId: article.id,
      start: created.start,
      end: created.end,
      exact: created.exact,
      step: "create",
      version: created.version,
      status: created.status,
      note: created.note ?? null,
      editedNote: `edited ${letters(10)}`,
      evidenceUrl: `https://example.org/${letters(12)}`,
    };
    acked(claim);
    if (stopped) return;
    const link = await call(author, "POST", `/api/claims/${claim.id}/evidence`, {
      url: claim.evidenceUrl,
      stance: "supports",
    });
    Object.assign(claim, { step: "link", evidenceId: link.id });
    acked(claim);
    if (stopped) return;
    const updated = await call(author, "PATCH", `/api/claims/${claim.id}`, {
      version: claim.version,
      note: claim.editedNote,
    });
    Object.assign(claim, { step: "update", version: updated.version, status: updated.status, note: updated.note });
    acked(claim);
    if (stopped) return;
    const submitted = await call(author, "POST", `/api/claims/${claim.id}/submit`, { version: claim.version });
    Object.assign(claim, { step: "submit", version: submitted.claim.version, status: submitted.claim.status });
    acked(claim);
    if (stopped) return;
    const approved = await call(reviewer, "POST", `/api/claims/${claim.id}/review`, {
      decision: "approve",
      version: claim.version,
    });
    Object.assign(claim, { step: "approve", version: approved.claim.version, status: approved.claim.status });
    acked(claim);
  };

  const loop = async (writer: number) => {
    while (!stopped) {
      try {
        await life(writer);
      } catch (error) {
        if (error instanceof ServerGone) return;
        throw error;
      }
    }
  };
  const done = Promise.all(Array.from({ length: concurrency }, (_, i) => loop(i))).then(() => undefined);
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
