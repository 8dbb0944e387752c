/** Playwright's own Chromium (undefined: Playwright finds it), else the system's path, else null. */
export function chromiumExecutable(): string | undefined | null;
/** Makes sure a Chromium is there, or stops the process with one line saying what to install. */
export function ensureChromium(): void;
/** The flags every headless Chromium of ours runs with (tests and benches). */
export const CHROMIUM_ARGS: string[];
