import fs from "node:fs";
import path from "node:path";

export const apiDir = path.resolve(import.meta.dirname, "../../app/api");

/** Every `route.ts` under app/api with the HTTP methods it exports, as "route METHOD" keys ("claims/[id] GET"). */
export function exportedHandlers(): Set<string> {
  const found = new Set<string>();
  const files = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts");
  for (const file of files) {
    const route = path.dirname(file).split(path.sep).join("/");
    const source = fs.readFileSync(path.join(apiDir, file), "utf8");
    const direct = [
      ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g),
    ].map((m) => m[1]);
    const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((x) => x[1]),
    );
    for (const method of [...direct, ...listed]) found.add(`${route} ${method}`);
  }
  return found;
}
