import { afterAll, beforeAll, inject } from "vitest";
import { startServer, type RunningServer } from "./server";

/**
 * A server of its own for the enclosing `describe` block (or file), on the shared test
 * database, started with `env` on top of the usual test settings and stopped afterwards: for
 * behaviour that only a setting changes. `server.url` is valid inside the block's tests.
 */
export function ownServer(env: Record<string, string>): { readonly url: string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ databaseUrl: inject("databaseUrl"), env });
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get url() {
      if (!server) throw new Error("the server starts in beforeAll: use its url inside a test");
      return server.url;
    },
  };
}
