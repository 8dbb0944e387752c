import type { SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * Prepared statements kept across requests. Prisma's driver adapters prepare every query anew
 * (SQLite compiles the SQL each time; PostgreSQL parses and plans it each time), although the
 * app sends the same few hundred statements over and over. Both caches are bounded: the SQL
 * texts a process sees are finite in practice, but a query with a list of values (`IN (?, ?)`)
 * has one text per list length.
 */
const STATEMENT_CACHE_SIZE = 500;

/** The part of a better-sqlite3 statement Prisma's SQLite adapter uses. */
interface SqliteStatement {
  reader: boolean;
  columns(): unknown[];
  run(...params: unknown[]): unknown;
  raw(toggle?: boolean): { all(...params: unknown[]): unknown[] };
}

interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/**
 * Makes `connection.prepare` (better-sqlite3) reuse statements, least recently used evicted.
 * Prisma's adapter calls `prepare(sql).bind(args)` and then `reader`, `columns()`, `run()` or
 * `raw().all()` on the bound statement; a better-sqlite3 statement can be bound only once, so
 * the cached one is handed out behind a view that passes the arguments to each call instead
 * (the same binding: an array binds its items as the positional parameters). Statements run
 * synchronously, so a cached statement is never in use twice at once.
 */
export function cacheSqliteStatements(connection: SqliteConnection, size = STATEMENT_CACHE_SIZE): void {
  const prepare = connection.prepare.bind(connection);
  const cache = new Map<string, SqliteStatement>();
  connection.prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return boundView(statement, []);
  };
}

function boundView(statement: SqliteStatement, args: unknown[]): SqliteStatement & { bind(a: unknown[]): unknown } {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    bind: (bound: unknown[]) => boundView(statement, bound),
  };
}

/**
 * Names for PostgreSQL prepared statements (Prisma's `statementNameGenerator`): the same SQL
 * text gets the same name, so `pg` parses it once per connection and afterwards only binds and
 * executes it. Past `size` distinct texts, further ones stay unnamed (parsed each time as
 * before), since a named statement lives as long as its pooled connection.
 */
export function pgStatementNames(size = STATEMENT_CACHE_SIZE): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  return (query) => {
    let name = names.get(query.sql);
    if (name === undefined && names.size < size) {
      name = `cb${names.size + 1}`;
      names.set(query.sql, name);
    }
    // pg sends an unnamed statement when the name is undefined.
    return name as string;
  };
}
