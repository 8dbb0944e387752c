/**
 * Response compression is off unless COMPRESS_RESPONSES=true (a reverse proxy compresses
 * faster, off the app's event loop); when it is on, what comes back is gzip and decodes to
 * the same body.
 */
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, userWithToken } from "@/test/support/http";
import { ownServer } from "@/test/support/own-server";

/** A GET that asks for gzip and keeps the body as sent (fetch would decode it). */
function rawGet(url: string, token: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${token}`, "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

let token: string;
let articlePath: string;
beforeAll(async () => {
  ({ token } = await userWithToken("annotator"));
  // Varied paragraphs: import drops repeated boilerplate lines.
  const words = [
    "harbour",
    "ferry",
    "storm",
    "council",
    "tide",
    "report",
    "quay",
    "crane",
    "office",
    "river",
    "bridge",
    "market",
  ];
  const sentence = (i: number) =>
    Array.from({ length: 14 }, (_, j) => words[(i * 7 + j * j * 3) % words.length]).join(" ");
  const text = Array.from({ length: 30 }, (_, i) => `The ${sentence(i)} was noted on day ${i * 13 + 1}.`).join("\n\n");
  const created = await api("/api/articles?force=true", {
    method: "POST",
    token,
    json: { title: `Compression ${Date.now()}`, text },
  });
  expect(created.status).toBe(201);
  articlePath = `/api/articles/${created.data.id as string}`;
});

describe("response compression", () => {
  it("is off by default: a client asking for gzip gets the body as it is", async () => {
    const { encoding, body } = await rawGet(`${baseUrl()}${articlePath}`, token);
    expect(encoding).toBeUndefined();
    expect(body.length).toBeGreaterThan(1024);
    expect(JSON.parse(body.toString("utf8"))).toHaveProperty("text");
  });

  describe("with COMPRESS_RESPONSES=true", () => {
    const server = ownServer({ COMPRESS_RESPONSES: "true" });

    it("gzips what the client accepts gzipped, to the same body", async () => {
      const plain = await rawGet(`${baseUrl()}${articlePath}`, token);
      const { encoding, body } = await rawGet(`${server.url}${articlePath}`, token);
      expect(encoding).toBe("gzip");
      expect(body.length).toBeLessThan(plain.body.length);
      expect(JSON.parse(gunzipSync(body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));
    });
  });
});
