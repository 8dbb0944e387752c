// The server the browser tests run against: the built app on a fresh database, migrated and
// seeded exactly as quickstart does. SQLite by default; `--postgresql URL` makes a fresh
// PostgreSQL database on that server instead (named after the port, dropped first).
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { root, run } from "./env.mjs";
import { startOidcProvider, TEST_CLIENT } from "../test/support/oidc-provider.mjs";

const port = process.argv[2] ?? "3210";
const pgFlag = process.argv.indexOf("--postgresql");
const databaseUrl = pgFlag > 0 ? await freshPostgres(process.argv[pgFlag + 1]) : freshSqlite();

function freshSqlite() {
  const dir = path.join(root, "data", `e2e-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return `file:${path.join(dir, "e2e.db")}`;
}

async function freshPostgres(serverUrl) {
  if (!serverUrl) throw new Error("--postgresql needs the URL of a PostgreSQL server");
  const name = `claimbench_e2e_${port}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  DEMO_PASSWORD: "claimbench-demo",
  NEXT_TELEMETRY_DISABLED: "1",
  CLAIMREVIEW_URL_TEMPLATE: "https://factcheck.example.org/claims/{id}",
});
// The organisation's identity provider the browser tests sign in through: a real OpenID
// Provider (test/support/oidc-provider.mjs) in this process, two ports above the app.
const oidcPort = Number(port) + 2;
const oidc = await startOidcProvider({
  port: oidcPort,
  redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/corp`],
});
Object.assign(process.env, {
  OIDC_PROVIDERS: "corp",
  OIDC_CORP_NAME: "Example Corp",
  OIDC_CORP_ISSUER: oidc.issuer,
  OIDC_CORP_CLIENT_ID: TEST_CLIENT.clientId,
  OIDC_CORP_CLIENT_SECRET: TEST_CLIENT.clientSecret,
  OIDC_CORP_ROLE_CLAIM: "groups",
  OIDC_CORP_ROLE_MAP: "fact-check-leads=reviewer,it-admins=admin",
});
const tsx = path.join(root, "node_modules", ".bin", "tsx");
run(tsx, ["prisma/migrate.ts", "deploy"]);
run(tsx, ["prisma/seed.ts"]);
const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", HOSTNAME: "127.0.0.1", PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  void oidc.close();
  process.exit(code ?? 0);
});
