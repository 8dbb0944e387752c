import fs from "node:fs";
import path from "node:path";

const apiDir = path.resolve(import.meta.dirname, "../../../app/api");

/**
 * Every write handler exported from `app/api/**\/route.ts`, as "route METHOD" keys such as
 * "claims/[id] PATCH" (the route is its folder under app/api). Read from the source, the same
 * way the permission matrix does, so a new write route shows up here without anyone listing it.
 */
export function writeHandlers(): Set<string> {
  const found = new Set<string>();
  const files = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts");
  for (const file of files) {
    const route = path.dirname(file).split(path.sep).join("/");
    const source = fs.readFileSync(path.join(apiDir, file), "utf8");
    const direct = [
      ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g),
    ].map((m) => m[1]);
    const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b/g)].map((x) => x[1]),
    );
    for (const method of [...direct, ...listed]) found.add(`${route} ${method}`);
  }
  return found;
}
