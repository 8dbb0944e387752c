// Serves the built app: checks configuration first, then runs scripts/server.mjs on HOSTNAME
// (127.0.0.1 unless set: set HOSTNAME=0.0.0.0 to serve others) and PORT.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadEnv, root } from "./env.mjs";

loadEnv();
const port = process.env.PORT || "3000";
const hostname = process.env.HOSTNAME || "127.0.0.1";

if (!process.env.AUTH_SECRET) {
  console.error(
    "Claimbench will not start: AUTH_SECRET is not set.\n" +
      "Production needs a secret to sign sessions. Set AUTH_SECRET to a long random string\n" +
      "(e.g. `openssl rand -base64 32`) in the environment or .env.local, or run `npm run quickstart`, which writes one.",
  );
  process.exit(1);
}
if (!fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.error("Claimbench is not built yet: run `npm run build` (or `npm run quickstart`).");
  process.exit(1);
}
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", PORT: port, HOSTNAME: hostname },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

// Say where to go once the server answers.
const local = hostname === "127.0.0.1" || hostname === "localhost" || hostname === "::1";
const url = `http://${local || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname}:${port}`;
const started = Date.now();
let announced = false;
const poll = setInterval(async () => {
  try {
    const res = await fetch(`${url}/api/health`);
    if (!res.ok || announced) return;
    announced = true;
    clearInterval(poll);
    const demo = process.env.DEMO_PASSWORD || "claimbench-demo";
    console.log(`\n  Claimbench is running at ${url}${local ? " (this machine only)" : ""}\n`);
    if (!local) return;
    console.log(`  Demo sign-ins (password: ${demo}):`);
    for (const role of ["annotator", "reviewer", "admin"])
      console.log(`    ${role.padEnd(9)}  ${role}@claimbench.test`);
    console.log("");
  } catch {
    if (Date.now() - started > 60_000) clearInterval(poll);
  }
}, 300);
