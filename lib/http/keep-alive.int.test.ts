/**
 * The app keeps an idle keep-alive connection open longer than Node's default of 5 s (see
 * scripts/server.mjs): a client or proxy that reuses a connection after a pause must not have
 * it closed under its next request (ECONNRESET, a 502 behind a load balancer).
 */
import net from "node:net";
import { describe, expect, it } from "vitest";
import { baseUrl } from "@/test/support/http";

/** Sends one GET on the socket and resolves with the status line once the whole response (sized or chunked) is in. */
function getOn(socket: net.Socket, host: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    const onData = (chunk: Buffer) => {
      data += chunk.toString("latin1");
      const head = data.indexOf("\r\n\r\n");
      if (head < 0) return;
      const headers = data.slice(0, head);
      const length = /\r\ncontent-length: *(\d+)/i.exec(headers);
      if (length ? data.length - head - 4 < Number(length[1]) : !data.endsWith("\r\n0\r\n\r\n")) return;
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(data.slice(0, data.indexOf("\r\n")));
    };
    const onClose = () => reject(new Error("the server closed the connection"));
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

describe("keep-alive", () => {
  it("an idle connection is still open, and answers, after Node's default 5 s", { timeout: 30_000 }, async () => {
    const url = new URL(baseUrl());
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    let closedAt: number | null = null;
    socket.once("close", () => (closedAt = Date.now()));
    try {
      expect(await getOn(socket, url.host, "/api/health")).toMatch(/^HTTP\/1\.1 200/);
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      expect(closedAt).toBeNull();
      expect(await getOn(socket, url.host, "/api/health")).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      socket.destroy();
    }
  });
});
