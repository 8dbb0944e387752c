/**
 * The load generator: closed-loop simulated users over keep-alive HTTP (node:http), the same for
 * the app and the baseline server.
 *
 * Annotator loop: read an article → create a claim on a span of its text → update the claim →
 * submit it. Reviewer loop: list the submitted claims (oldest first, 50) → approve a random one of
 * them. Two reviewers picking the same claim is a race the app answers with 409; those are
 * expected outcomes, counted apart from errors. Every other non-2xx status and every network
 * error is an error (samples kept for the report).
 */
import http from "node:http";
import * as hdr from "hdr-histogram-js";
import type { LoadFixture, LoadUser } from "./fixture";
import { mulberry32 } from "../random";

export const ROUTES = [
  "read article",
  "create claim",
  "update claim",
  "submit claim",
  "list queue",
  "approve claim",
] as const;
type RouteName = (typeof ROUTES)[number];

interface RouteStats {
  histogram: hdr.Histogram;
  statuses: Map<number, number>;
  networkErrors: number;
}

export interface LoadResult {
  seconds: number;
  routes: Map<RouteName, RouteStats>;
  /** Claims that went the whole way: created, updated, submitted, and approved. */
  approved: number;
  emptyQueuePolls: number;
  /** Requests sent again because their kept-alive socket was reset before any answer. */
  staleSocketRetries: number;
  errorSamples: string[];
}

export interface LoadOptions {
  baseUrl: string;
  fixture: LoadFixture;
  annotators: number;
  reviewers: number;
  seconds: number;
  warmupSeconds: number;
  /** Called when the measured window opens and when it closes (e.g. to sample server CPU). */
  onWindow?: (edge: "start" | "end") => void;
}

interface Reply {
  status: number;
  body: any;
}

class HttpError extends Error {}
class StaleSocket extends Error {}

/** A span of 2–7 whole words of `text` (offsets into it, end exclusive). */
export function pickSpan(text: string, rng: () => number): { start: number; end: number; exact: string } {
  const words = [...text.matchAll(/[A-Za-z]+/g)];
  const first = Math.floor(rng() * Math.max(1, words.length - 8));
  const last = Math.min(words.length - 1, first + 1 + Math.floor(rng() * 6));
  const start = words[first]?.index ?? 0;
  const end = (words[last]?.index ?? 0) + (words[last]?.[0].length ?? 1);
  return { start, end, exact: text.slice(start, end) };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { baseUrl, fixture } = options;
  const target = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.annotators + options.reviewers });
  const routes = new Map<RouteName, RouteStats>(
    ROUTES.map((r) => [
      r,
      {
        histogram: hdr.build({
          lowestDiscernibleValue: 1,
          highestTrackableValue: 120_000_000,
          numberOfSignificantValueDigits: 3,
        }),
        statuses: new Map(),
        networkErrors: 0,
      },
    ]),
  );
  const errorSamples: string[] = [];
  const started = performance.now();
  const measureFrom = started + options.warmupSeconds * 1000;
  const stopAt = measureFrom + options.seconds * 1000;
  let approved = 0;
  let emptyQueuePolls = 0;
  let staleSocketRetries = 0;
  const measuring = (at: number) => at >= measureFrom && at <= stopAt;
  const sample = (line: string) => {
    if (errorSamples.length < 12) errorSamples.push(line);
  };

  /**
   * One request. A keep-alive socket the server closed as idle just as the request went out is
   * reset before any answer (Node's keep-alive timer can fire before a busy server reads the
   * waiting request); it is sent again once on a fresh connection, as `request.reusedSocket` is
   * documented for, and counted. Had the first copy been handled after all, the resent write
   * would carry a stale version and show up as an unexpected 409. Latency counts from the first
   * attempt.
   */
  async function send(
    route: RouteName,
    user: LoadUser,
    method: string,
    path: string,
    json?: unknown,
    expected: number[] = [200],
  ): Promise<Reply> {
    const t0 = performance.now();
    try {
      return await attempt(route, user, method, path, json, expected, false, t0);
    } catch (error) {
      if (!(error instanceof StaleSocket)) throw error;
      if (measuring(performance.now())) staleSocketRetries++;
      return attempt(route, user, method, path, json, expected, true, t0);
    }
  }

  function attempt(
    route: RouteName,
    user: LoadUser,
    method: string,
    path: string,
    json: unknown,
    expected: number[],
    fresh: boolean,
    t0: number,
  ): Promise<Reply> {
    const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
    const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${user.token}`, accept: "application/json" };
    if (payload) {
      headers["content-type"] = "application/json";
      headers["content-length"] = payload.length;
    }
    return new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        { host: target.hostname, port: target.port, method, path, headers, agent: fresh ? false : agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const t1 = performance.now();
            const status = res.statusCode ?? 0;
            const stats = routes.get(route) as RouteStats;
            if (measuring(t1)) {
              stats.histogram.recordValue(Math.max(1, Math.round((t1 - t0) * 1000)));
              stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
            }
            const text = Buffer.concat(chunks).toString();
            let body: any = text;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              // not JSON; kept as text for the error sample
            }
            if (!expected.includes(status) && !(status === 409 && route === "approve claim")) {
              sample(`${route} ${method} ${path} → ${status} ${text.slice(0, 300)}`);
              reject(new HttpError(`${status}`));
              return;
            }
            resolve({ status, body });
          });
          res.on("error", reject);
        },
      );
      req.on("error", (error: NodeJS.ErrnoException) => {
        if (req.reusedSocket && error.code === "ECONNRESET" && !fresh) {
          reject(new StaleSocket(error.message));
          return;
        }
        const stats = routes.get(route) as RouteStats;
        if (measuring(performance.now())) stats.networkErrors++;
        sample(`${route} ${method} ${path} → network error: ${error.message}`);
        reject(error);
      });
      req.end(payload);
    });
  }

  async function annotator(user: LoadUser, seed: number) {
    const rng = mulberry32(seed);
    while (performance.now() < stopAt) {
      try {
        const articleId = fixture.articleIds[Math.floor(rng() * fixture.articleIds.length)] as string;
        const article = await send("read article", user, "GET", `/api/articles/${articleId}`);
        const span = pickSpan(article.body.text as string, rng);
        const created = await send(
          "create claim",
          user,
          "POST",
          `/api/articles/${articleId}/claims`,
          { ...span, kind: "quantity", value: Math.floor(rng() * 1000), qualifier: "about", unit: "people" },
          [201],
        );
        const updated = await send("update claim", user, "PATCH", `/api/claims/${created.body.id}`, {
          version: created.body.version,
          attributedTo: "officials",
          note: "checked against the wire copy",
        });
        await send("submit claim", user, "POST", `/api/claims/${created.body.id}/submit`, {
          version: updated.body.version,
        });
      } catch (error) {
        if (!(error instanceof HttpError)) await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async function reviewer(user: LoadUser, seed: number) {
    const rng = mulberry32(seed);
    while (performance.now() < stopAt) {
      try {
        const queue = await send("list queue", user, "GET", "/api/claims?status=submitted&sort=created&pageSize=50");
        const items = (queue.body.items as Array<{ id: string; version: number; author: { id: string } }>).filter(
          (c) => c.author.id !== user.id,
        );
        if (items.length === 0) {
          if (measuring(performance.now())) emptyQueuePolls++;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        const pick = items[Math.floor(rng() * items.length)] as { id: string; version: number };
        const decided = await send("approve claim", user, "POST", `/api/claims/${pick.id}/review`, {
          decision: "approve",
          version: pick.version,
        });
        if (decided.status === 200 && measuring(performance.now())) approved++;
      } catch (error) {
        if (!(error instanceof HttpError)) await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  const edges = [
    setTimeout(() => options.onWindow?.("start"), measureFrom - performance.now()),
    setTimeout(() => options.onWindow?.("end"), stopAt - performance.now()),
  ];
  const loops: Promise<void>[] = [];
  for (let i = 0; i < options.annotators; i++)
    loops.push(annotator(fixture.annotators[i % fixture.annotators.length] as LoadUser, 1 + i));
  for (let i = 0; i < options.reviewers; i++)
    loops.push(reviewer(fixture.reviewers[i % fixture.reviewers.length] as LoadUser, 10_000 + i));
  await Promise.all(loops);
  edges.forEach(clearTimeout);
  agent.destroy();
  return { seconds: options.seconds, routes, approved, emptyQueuePolls, staleSocketRetries, errorSamples };
}
