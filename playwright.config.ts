import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3210);
// With a PostgreSQL server (CI always gives one), the hostile-input spec also runs against the
// app on PostgreSQL: what a page shows comes back from the database, so both must be checked.
const postgresUrl = process.env.TEST_DATABASE_URL;
const postgresPort = port + 1;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // No retries: a test that fails once fails the run (a retry would hide a race).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Playwright's own Chromium where it was downloaded; Debian's chromium otherwise (offline machines).
      executablePath: chromiumExecutable() ?? undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "sqlite" },
    ...(postgresUrl
      ? [
          {
            name: "postgresql",
            testMatch: /hostile-xss\.spec\.ts/,
            use: { baseURL: `http://127.0.0.1:${postgresPort}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${port}`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    ...(postgresUrl
      ? [
          {
            command: `node scripts/e2e-server.mjs ${postgresPort} --postgresql ${postgresUrl}`,
            url: `http://127.0.0.1:${postgresPort}/api/health`,
            reuseExistingServer: false,
            timeout: 120_000,
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
  ],
});
