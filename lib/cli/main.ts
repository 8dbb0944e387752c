/**
 * Claimbench's command line: `npm run cli -- <command> [options]`. Uses the same domain
 * functions as the HTTP API, against DATABASE_URL (the SQLite file by default).
 */
import { parseArgs } from "node:util";
import { createDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Role } from "@/lib/auth/permissions";
import { createUser } from "@/lib/users/create-user";
import { setUserDisabled, setUserPassword } from "@/lib/users/manage-account";
import { listUsers } from "@/lib/users/list-users";
import { setUserRole } from "@/lib/users/set-user-role";
import { findUserByEmail } from "@/lib/users/find-user";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { runImportCommand } from "./import-command";
import { runExportCommand } from "./export-command";
import { runImportClaimsCommand } from "./import-dataset-command";
import { runBackupCommand } from "./backup-command";
import { PROJECT_HELP, runProjectCommand } from "./project-command";

const HELP = `Usage: npm run cli -- <command> [options]

Commands:
  user create --email E --name N [--role annotator|reviewer|admin] [--password P]
                          Create an account (password from --password or $CLAIMBENCH_PASSWORD).
                          The first admin: user create --email you@org --name You --role admin
  user list               List accounts with their roles.
  user set-role --email E --role R
                          Change an account's role.
  user set-password --email E [--password P]
                          Give an account a new password (policy applies; every session ends).
  user disable --email E  Disable an account: sessions and tokens stop, sign-in is refused.
  user enable --email E   Enable it again.
  token create --email E [--name N]
                          Create a personal API token for E; the token is printed alone on the last line.
  token list --email E    List E's tokens (never the secrets).
  token revoke --id ID    Revoke a token by id (see token list).
  import <files or folders…> [--force] [--email E]
                          Import .txt, .md, .html and .jsonl files (folders are searched recursively);
                          one result line per file, exit code 1 if any failed.
  import-dataset <file.jsonl|-> [--force] [--email E]
                          Import a JSON Lines dataset (one article object per line), streamed.
  export --format jsonl|csv|w3c|claimreview|fever|averitec --out FILE [--status S] [--article-id ID]
         [--kind K] [--cluster-id ID] [--from DATE] [--to DATE] [--project P [--layers gold|gold+raw]]
                          Export claims (approved only unless --status) to FILE and FILE.manifest.json;
                          --project P (id or exact name; --project-id ID also works) exports that
                          project's only, else every project's.
  import-claims <file.jsonl> --email E
                          Recreate claims from a JSONL export; refuses (and lists) claims whose
                          quote no longer matches the article text; exit code 1 if any refused.
${PROJECT_HELP}
  backup --out FILE       Copy the live SQLite database to FILE (consistent while the server runs);
                          for PostgreSQL, use pg_dump (see the README).

Options:
  -h, --help              Show this help.

Environment: DATABASE_URL (default file:./data/claimbench.db; postgres://… for PostgreSQL).`;

type Handler = (db: Db, values: Record<string, string | boolean | undefined>) => Promise<void>;

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || !value) throw new AppError("bad_request", `--${name} is required (see --help)`);
  return value;
}

const commands: Record<string, Handler> = {
  async "user create"(db, values) {
    const password = (values.password as string | undefined) ?? process.env.CLAIMBENCH_PASSWORD;
    if (!password) throw new AppError("bad_request", "--password or $CLAIMBENCH_PASSWORD is required");
    const user = await createUser({
      db,
      input: {
        email: required(values, "email"),
        name: required(values, "name"),
        role: Role.parse(values.role ?? "annotator"),
        password,
      },
    });
    console.log(`Created ${user.email} (${user.role}) id=${user.id}`);
  },
  async "user list"(db) {
    const users = await listUsers({ db });
    for (const u of users)
      console.log(`${u.email.padEnd(32)} ${u.role.padEnd(10)} ${u.name}${u.disabledAt ? " (disabled)" : ""}`);
  },
  async "user set-password"(db, values) {
    const password = (values.password as string | undefined) ?? process.env.CLAIMBENCH_PASSWORD;
    if (!password) throw new AppError("bad_request", "--password or $CLAIMBENCH_PASSWORD is required");
    const user = await findUserByEmail({ db, email: required(values, "email") });
    await setUserPassword({ db, userId: user.id, password });
    console.log(`${user.email} has a new password; every session of the account was signed out`);
  },
  async "user disable"(db, values) {
    const user = await findUserByEmail({ db, email: required(values, "email") });
    await setUserDisabled({ db, actor: null, userId: user.id, disabled: true });
    console.log(`${user.email} is disabled: signed out everywhere, tokens stopped`);
  },
  async "user enable"(db, values) {
    const user = await findUserByEmail({ db, email: required(values, "email") });
    await setUserDisabled({ db, actor: null, userId: user.id, disabled: false });
    console.log(`${user.email} is enabled`);
  },
  async "user set-role"(db, values) {
    const role = Role.safeParse(values.role);
    if (!role.success) throw new AppError("bad_request", "--role must be annotator, reviewer or admin");
    const user = await findUserByEmail({ db, email: required(values, "email") });
    const updated = await setUserRole({ db, userId: user.id, role: role.data });
    console.log(`${updated.email} is now ${updated.role}`);
  },
  async "token create"(db, values) {
    const user = await findUserByEmail({ db, email: required(values, "email") });
    const name = (values.name as string | undefined) ?? `cli ${new Date().toISOString().slice(0, 16)}`;
    const token = await createApiToken({ db, userId: user.id, input: { name } });
    console.log(`Created token "${token.name}" (id ${token.id}) for ${user.email}. It is shown only now:`);
    console.log(token.secret);
  },
  async "token list"(db, values) {
    const user = await findUserByEmail({ db, email: required(values, "email") });
    for (const t of await listApiTokens({ db, userId: user.id })) {
      const state = t.revokedAt ? "revoked" : `last used ${t.lastUsedAt?.toISOString() ?? "never"}`;
      console.log(`${t.id}  ${t.prefix}…  ${t.name}  (${state})`);
    }
  },
  async "token revoke"(db, values) {
    const token = await revokeApiToken({ db, tokenId: required(values, "id"), userId: "", anyOwner: true });
    console.log(`Revoked token "${token.name}" (${token.prefix}…)`);
  },
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      id: { type: "string" },
      force: { type: "boolean" },
      format: { type: "string" },
      out: { type: "string" },
      status: { type: "string" },
      "article-id": { type: "string" },
      kind: { type: "string" },
      "cluster-id": { type: "string" },
      "project-id": { type: "string" },
      layers: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      project: { type: "string" },
      description: { type: "string" },
      licence: { type: "string" },
      "per-article": { type: "string" },
      blind: { type: "boolean" },
      "not-blind": { type: "boolean" },
      ids: { type: "string" },
      "ids-file": { type: "string" },
      search: { type: "string" },
      add: { type: "string" },
      remove: { type: "string" },
      csv: { type: "string" },
      annotator: { type: "string" },
    },
  });
  const key = positionals.slice(0, 2).join(" ");
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    return 0;
  }
  const [command] = positionals;
  if (command === "backup") return runBackupCommand({ values });
  if (command === "import" || command === "import-dataset") {
    const db = createDb();
    try {
      return await runImportCommand({
        db,
        command,
        paths: positionals.slice(1),
        force: values.force === true,
        email: values.email,
      });
    } finally {
      await db.$disconnect();
    }
  }
  if (command === "export" || command === "import-claims") {
    const db = createDb();
    try {
      return command === "export"
        ? await runExportCommand({ db, values })
        : await runImportClaimsCommand({ db, paths: positionals.slice(1), email: values.email });
    } finally {
      await db.$disconnect();
    }
  }
  if (command === "project") {
    const db = createDb();
    try {
      await runProjectCommand({ db, sub: positionals[1], values });
      return 0;
    } finally {
      await db.$disconnect();
    }
  }
  const handler = commands[key];
  if (!handler) {
    console.error(`Unknown command "${positionals.join(" ")}".\n\n${HELP}`);
    return 2;
  }
  const db = createDb();
  try {
    await handler(db, values);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (error instanceof AppError) console.error(`Error: ${error.message}`);
    else if (error instanceof Error && error.name === "ZodError") console.error(`Error: ${error.message}`);
    else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
      console.error(`Error: ${error.message}\n\n${HELP}`);
    else console.error(error);
    process.exitCode = 1;
  });
