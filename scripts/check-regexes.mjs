// `npm run lint:regex`: every regular expression in the app's own code (literals and
// `new RegExp` with literal text) is checked by recheck, a ReDoS checker that proves linear
// time or finds an attack string. A super-linear one fails the run with the attack, unless it is
// listed below with the reason its input is bounded.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { check } from "recheck";
import { root } from "./env.mjs";

const DIRS = ["app", "lib", "scripts", "proxy.ts", "instrumentation.ts"];
const SKIP = /(^|\/)(node_modules|generated|\.next)(\/|$)|\.test\.ts$|\.d\.m?ts$/;

/**
 * Patterns known to be super-linear whose input is bounded where they run. Each entry is
 * "file: /pattern/flags" with the reason.
 */
const BOUNDED = new Map([
  [
    "app/(workbench)/claims/_components/claim-table.tsx: /[\\s,;:.\u2013-]+$/",
    "an excerpt already cut to at most `max` characters",
  ],
  ["app/(workbench)/import/_components/form-field.tsx: /[.\\s]+$/", "the server's own error message, in the browser"],
  [
    "app/(workbench)/projects/_components/markdown.tsx: /^(#{1,4})\\s+(.*)$/",
    "project guidelines, written by the project's managers, at most 500,000 characters",
  ],
  ["lib/auth/oidc-config.ts: /\\/+$/", "an issuer URL from the operator's environment"],
  [
    "lib/db/derive-schema.ts: /^\\/\\/ The single source of truth[\\s\\S]*?\\n\\n/m",
    "the project's own Prisma schema file",
  ],
  [
    'lib/db/derive-schema.ts: /(datasource\\s+db\\s*\\{[^}]*provider\\s*=\\s*)"sqlite"/',
    "the project's own Prisma schema file",
  ],
  [
    "lib/db/migrate.ts: /^\\s*(-- This is an empty migration\\.?)?\\s*$/",
    "the SQL Prisma's migrate diff prints for our own schema",
  ],
  [
    "lib/evidence/claim-date.ts: /\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,?\\s+((?:19|20)\\d{2})\\b/i",
    "a claim's time reference, at most 200 characters (recheck times out proving it, it finds no attack)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /^(?:subscribe|sign up|sign-up|join)\\b.*\\b(?:newsletter|updates|inbox|alerts|mailing list)\\b.*$/i",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /^(?:photo|image|picture|video|graphic|illustration)s?\\s*(?:credit|courtesy|by|source)?\\s*:/i",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /^[\\p{L} .]*\\/?\\s*creative commons$/iu",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /^(?:\u00a9|\\(c\\)\\s*\\d{4}|copyright\\s*(?:\u00a9|\\(c\\))?\\s*\\d{4})/i",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /\\s*:$/",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /\\s*[|,\u2013\u2014]\\s*|\\s+-\\s+/",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/cleaning/boilerplate-rules.ts: /^(.{2,60}?)\\s+[-\u2013\u2014|:]\\s+(.{2,80})$/",
    "cleaning: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts), and on one line of a stored original that already passed it (an admin's re-clean)",
  ],
  [
    "lib/articles/formats/markdown.ts: /^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$/",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(.*)$/",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /^[ \\t]*\\|?[ \\t]*:?-{1,}:?[ \\t]*(?:\\|[ \\t]*:?-{1,}:?[ \\t]*)+\\|?[ \\t]*$/",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: / {2,}$|\\\\$/",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /^([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.+)$/",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /(`+)([\\s\\S]*?[^`])\\1(?!`)/g",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /<(script|style)\\b[\\s\\S]*?<\\/\\1\\s*>/gi",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /<((?:https?|mailto):[^>\\s]+)>/gi",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /!\\[[^\\]]*\\]\\((?:[^()\\s]|\\([^)]*\\))*(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\)/g",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /!\\[[^\\]]*\\]\\[[^\\]]*\\]/g",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^)]*\\))*(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\)/g",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/formats/markdown.ts: /\\[([^\\]]+)\\]\\[[^\\]]*\\]/g",
    "Markdown conversion: runs in the import worker thread under IMPORT_TIME_LIMIT_MS and its heap limit (lib/articles/cleaning/prepare-in-worker.ts)",
  ],
  [
    "lib/articles/metadata/text-metadata.ts: /^(?:\u00a9|\\(c\\)|copyright)\\s*(?:\u00a9\\s*)?(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?)\\s+(.{2,80}?)[.,]?(?:\\s+all rights reserved\\.?)?$/i",
    "metadata of an imported text: runs in the import worker thread under IMPORT_TIME_LIMIT_MS (lib/articles/cleaning/prepare-in-worker.ts), on a line at most a few hundred characters long",
  ],
]);

function files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(entry, f))
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !SKIP.test(f));
}

/** Every regex in a file: literals, and `new RegExp("…", "…")` / `RegExp("…")` with string literals. */
function regexesIn(file) {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found = [];
  const where = (node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const at = literal.lastIndexOf("/");
      found.push({ where: where(node), pattern: literal.slice(1, at), flags: literal.slice(at + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp" &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : "";
      found.push({ where: where(node), pattern: node.arguments[0].text, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = DIRS.flatMap(files).flatMap(regexesIn);
const problems = [];
for (const { where, pattern, flags } of all) {
  // A pattern the automaton checker cannot take (lookaround, back-references) is fuzzed; with a
  // fixed seed the fuzzer tries the same strings on every run, so the verdict does not change
  // from run to run (with a random one, a linear pattern was once reported polynomial). Its inner
  // limits are counted in steps, not milliseconds: with time limits, a busy machine cut the
  // fuzzer's matches short at other points and a lookahead pattern came out "polynomial" there.
  const params = { randomSeed: 20_251_207, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };
  let result = await check(pattern, flags, { ...params, timeout: 10_000 });
  // On a busy machine the proof can run out of time: once more, with longer.
  if (result.status === "unknown") result = await check(pattern, flags, { ...params, timeout: 60_000 });
  if (result.status === "safe") continue;
  const key = `${where.split(":")[0]}: /${pattern}/${flags}`;
  if (BOUNDED.has(key)) continue;
  problems.push(
    result.status === "vulnerable"
      ? `${where}  /${pattern}/${flags}\n    ${result.complexity.type} time; attack: ${result.attack.pattern}`
      : `${where}  /${pattern}/${flags}\n    could not be proven linear (${result.status}${result.error ? `: ${result.error.kind}` : ""})`,
  );
}
if (problems.length > 0) {
  console.error(`Regular expressions that can take super-linear time on hostile input (${problems.length}):\n`);
  console.error(problems.join("\n\n"));
  console.error(
    "\nRewrite them to be linear, or list one in scripts/check-regexes.mjs (BOUNDED) with why its input is bounded.",
  );
  process.exit(1);
}
console.log(`${all.length} regular expressions checked: all linear.`);
