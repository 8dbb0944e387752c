import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

const root = import.meta.dirname;
const url = process.env.DATABASE_URL || "file:./data/claimbench.db";
const postgres = /^postgres(ql)?:\/\//i.test(url);

// Where the native schema engine was never downloaded (offline machines), point the CLI at a
// stub so generate/validate/format do not try to fetch it. A real engine is left alone, so
// `prisma migrate deploy` works as usual wherever it is installed.
const enginesDir = path.join(root, "node_modules/@prisma/engines");
const hasNativeEngine =
  fs.existsSync(enginesDir) && fs.readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
if (!hasNativeEngine) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts/schema-engine-offline");
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
