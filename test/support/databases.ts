import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgConnectionOptions } from "@/lib/db/config";

export interface TestDatabase {
  provider: "sqlite" | "postgresql";
  url: string;
  drop(): Promise<void>;
}

/** A brand-new empty database of the given kind (PostgreSQL on the TEST_DATABASE_URL server). */
export async function freshDatabase(provider: "sqlite" | "postgresql"): Promise<TestDatabase> {
  const id = `${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-test-"));
    return {
      provider,
      url: `file:${path.join(dir, `test_${id}.db`)}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("TEST_DATABASE_URL is not set; PostgreSQL tests need a server");
  const name = `claimbench_test_${id}`;
  const admin = async (sql: string) => {
    const client = new pg.Client(pgConnectionOptions(server));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { provider, url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
