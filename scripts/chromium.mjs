// Which Chromium the e2e tests drive, and getting one onto a machine that has none.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The flags every headless Chromium of ours runs with (tests and benches): no sandbox, GPU, or calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Playwright's own Chromium where it was downloaded (undefined: Playwright finds it itself),
 * else the system's (Debian's `chromium` on offline machines), else null: there is none.
 * @returns {string | undefined | null}
 */
export function chromiumExecutable() {
  const bundled = chromium.executablePath();
  if (bundled && fs.existsSync(bundled)) return undefined;
  return SYSTEM_CHROMIUM.find((p) => fs.existsSync(p)) ?? null;
}

/**
 * Makes sure a Chromium is there before the long build: Playwright's own if it can be
 * downloaded, else Debian's when running as root; else stops the run with one line saying
 * what to install.
 */
export function ensureChromium() {
  if (chromiumExecutable() !== null) return;
  console.log("No Chromium for the e2e tests: trying to download Playwright's own.");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const download = spawnSync(npx, ["playwright", "install", "chromium"], { stdio: "inherit", timeout: 600_000 });
  if (download.status === 0 && chromiumExecutable() !== null) return;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Playwright's Chromium cannot be downloaded here: installing Debian's chromium.");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-q", "chromium", "fonts-liberation"], { stdio: "inherit", env });
    if (chromiumExecutable() !== null) return;
  }
  console.error(
    "✗ No Chromium for the e2e tests: run `npx playwright install --with-deps chromium`, or on Debian `sudo apt-get install chromium fonts-liberation`.",
  );
  process.exit(1);
}
