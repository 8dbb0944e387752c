// The production HTTP server: Next's request handler behind a node:http server of our own, so the
// app learns the client's real address (scripts/client-address.mjs) and listens where HOSTNAME
// says (127.0.0.1 unless told otherwise). `npm start`, quickstart and the tests serve through it.
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxies } from "./client-address.mjs";

const root = path.resolve(import.meta.dirname, "..");
const hostname = process.env.HOSTNAME || "127.0.0.1";
const port = Number(process.env.PORT || 3000);
const proxies = trustedProxies();

// Next runs instrumentation.ts's register() in prepare(): a server that must not run (no
// AUTH_SECRET, demo passwords on a server reachable by others) exits there, before listening.
process.env.CLAIMBENCH_LISTEN_HOST = hostname;
const app = next({ dev: false, dir: process.env.NEXT_APP_DIR || root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    proxies,
  });
  handle(req, res);
});
// An idle keep-alive connection stays open longer than the proxies' in front of the app do (60 s
// at most load balancers; Node's own default is 5 s). Otherwise the app may close a connection
// at the very moment a proxy or client sends the next request on it, which then fails with a
// reset (ECONNRESET, a 502 at the proxy) though nothing was wrong.
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT_MS || 65_000);
server.headersTimeout = server.keepAliveTimeout + 1_000;
server.listen(port, hostname, () => {
  console.log(`Listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
