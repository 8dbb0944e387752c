/**
 * Runs once when a server starts (scripts/server.mjs: before it listens; plain `next start`: at
 * its first request): the start-up checks of lib/startup/checks.ts, on the Node.js runtime only.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { runStartupChecks } = await import("@/lib/startup/checks");
  await runStartupChecks();
}
