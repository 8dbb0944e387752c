/**
 * Performance marks the reader leaves for `bench/reader-bench.ts` (and for anyone profiling in
 * devtools): when the page is interactive with every highlight drawn, when the editor has taken
 * the text over, and how much of adding a claim is work in the browser rather than waiting for
 * the server. Also marked elsewhere: "reader:hydrated" (the reader's first commit),
 * "editor:create" / "editor:mounted" / "editor:build" (around the TipTap editor's construction)
 * and "reader:details" (the claims' fields have arrived).
 */

/** Runs `then` after the browser has painted the current frame; returns a function that cancels it. */
export function afterPaint(then: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * Marks "reader:interactive" now (hydrated: handlers attached, every highlight drawn) and
 * "reader:ready" once that frame is painted.
 */
export function markReady(root: HTMLElement): void {
  performance.mark("reader:interactive");
  afterPaint(() => {
    performance.mark("reader:ready");
    root.dispatchEvent(new CustomEvent("reader:ready", { bubbles: true }));
  });
}

/** Marks "reader:live" (the editor has taken the text over) and "reader:editor-ready" once that frame is painted. */
export function markEditorLive(): void {
  performance.mark("reader:live");
  afterPaint(() => performance.mark("reader:editor-ready"));
}

/**
 * Sends a create request and draws its result, measuring the browser's share: before the
 * request leaves, from the response until `draw` has put the highlight in the DOM (and, when
 * `draw` commits React synchronously, the rest of the page), and from the response to the next
 * painted frame (adds style, layout and paint, and the wait for the frame itself).
 */
export async function measureAddClaim<T>(request: () => Promise<T>, draw: (result: T) => void): Promise<T> {
  const start = performance.now();
  const pending = request();
  const sent = performance.now();
  const result = await pending;
  const received = performance.now();
  draw(result);
  const drawn = performance.now();
  performance.measure("claim:before-request", { start, end: sent });
  performance.measure("claim:response-to-dom", { start: received, end: drawn });
  afterPaint(() => performance.measure("claim:response-to-paint", { start: received, end: performance.now() }));
  return result;
}

/**
 * Runs `then` when the browser is next idle (at the latest after `timeoutMs`), or soon where
 * there is no idle callback; returns a function that cancels it.
 */
export function whenIdle(then: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(then, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(then, 50);
  return () => window.clearTimeout(id);
}
