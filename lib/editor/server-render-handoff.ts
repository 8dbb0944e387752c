/**
 * Hands a value from a server component to the server-side render of a client component in
 * the same request, without it travelling to the browser in React's payload. Everything a
 * client component receives as props is serialized into that payload; the reader uses this to
 * put a long article into the HTML once instead of twice (see `drawn-document.ts`).
 *
 * Both renders run in the same server process, one after the other: the server component puts
 * the value here and passes only the key down; the client component takes it while rendering
 * on the server. In the browser there is nothing here, and the component reads the DOM the
 * server drew instead. Values are dropped when the request has been answered (the caller
 * schedules `dropHandoff` with `after`), and in any case after a minute.
 */

const REGISTRY = Symbol.for("claimbench.serverRenderHandoff");
const TTL_MS = 60_000;

interface Entry {
  value: unknown;
  expires: number;
}

function registry(): Map<string, Entry> {
  // On globalThis: the server component and the client component's server render are
  // bundled separately, each with its own copy of this module.
  const g = globalThis as { [REGISTRY]?: Map<string, Entry> };
  return (g[REGISTRY] ??= new Map());
}

/** Keeps `value` for the server render of this request; returns the key to pass as a prop. */
export function putHandoff(value: unknown): string {
  const entries = registry();
  const now = Date.now();
  for (const [key, entry] of entries) if (entry.expires < now) entries.delete(key);
  const key = crypto.randomUUID();
  entries.set(key, { value, expires: now + TTL_MS });
  return key;
}

/** The value kept under `key`, while it is kept (undefined in the browser). */
export function takeHandoff<T>(key: string): T | undefined {
  if (typeof window !== "undefined") return undefined;
  return registry().get(key)?.value as T | undefined;
}

/** Forgets the value under `key`. */
export function dropHandoff(key: string): void {
  registry().delete(key);
}
