import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const integration = (db: "sqlite" | "postgresql") => ({
  extends: true as const,
  test: {
    name: `integration-${db}`,
    include: ["**/*.int.test.ts"],
    exclude: ["node_modules/**", ".next/**"],
    globalSetup: ["test/support/global-setup.ts"],
    provide: { testDatabase: db },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": path.join(root, "test/support/server-only-stub.ts") } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", ".next/**", "e2e/**"],
        },
      },
      integration("sqlite"),
      // PostgreSQL runs whenever a server is given (CI always gives one).
      ...(process.env.TEST_DATABASE_URL ? [integration("postgresql")] : []),
    ],
  },
});
