import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheSqliteStatements, pgStatementNames } from "./statement-cache";

const query = (sql: string) => ({ sql, args: [], argTypes: [] });

function connection() {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (a INTEGER, b TEXT)");
  const prepared: string[] = [];
  const original = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return original(sql);
  }) as typeof db.prepare;
  cacheSqliteStatements(db as never, 2);
  return { db: db as unknown as { prepare(sql: string): any }, prepared };
}

describe("cacheSqliteStatements", () => {
  it("prepares a statement once and binds each use's own arguments", () => {
    const { db, prepared } = connection();
    const insert = "INSERT INTO t (a, b) VALUES (?, ?)";
    db.prepare(insert).bind([1, "one"]).run();
    db.prepare(insert).bind([2, "two"]).run();
    const select = "SELECT a, b FROM t WHERE a >= ? ORDER BY a";
    const first = db.prepare(select).bind([1]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c: { name: string }) => c.name)).toEqual(["a", "b"]);
    expect(first.raw().all()).toEqual([
      [1, "one"],
      [2, "two"],
    ]);
    expect(db.prepare(select).bind([2]).raw().all()).toEqual([[2, "two"]]);
    expect(prepared).toEqual([insert, select]);
  });

  it("runs statements prepared without arguments (BEGIN, COMMIT)", () => {
    const { db } = connection();
    db.prepare("BEGIN").run();
    db.prepare("INSERT INTO t (a) VALUES (?)").bind([7]).run();
    db.prepare("ROLLBACK").run();
    expect(db.prepare("SELECT COUNT(*) FROM t").bind([]).raw().all()).toEqual([[0]]);
  });

  it("keeps the most recently used statements up to its size", () => {
    const { db, prepared } = connection();
    const sql = (n: number) => `SELECT ${n}`;
    for (const n of [1, 2, 1, 3, 1, 2]) db.prepare(sql(n)).bind([]).raw().all();
    // 3 evicts 2 (1 was used since), then 2 evicts 3.
    expect(prepared).toEqual([sql(1), sql(2), sql(3), sql(2)]);
  });
});

describe("pgStatementNames", () => {
  it("names the same text the same way, and leaves texts past its size unnamed", () => {
    const name = pgStatementNames(2);
    const a = name(query("SELECT 1"));
    const b = name(query("SELECT 2"));
    expect(a).not.toBe(b);
    expect(name(query("SELECT 1"))).toBe(a);
    expect(name(query("SELECT 3"))).toBeUndefined();
    expect(name(query("SELECT 2"))).toBe(b);
  });
});
