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
const BOUNDED = new Map([]);

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
  const result = await check(pattern, flags, { timeout: 10_000 });
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
