/**
 * The pipeline of a bulk import: the costly, database-free half of each item (cleaning and
 * fingerprinting, in the worker pool) starts for up to `window` items ahead of the one being
 * stored, while items are still stored and answered one at a time in input order. The window
 * bounds memory whatever the input's length, and the source is read no faster than that.
 */
import os from "node:os";

/** How many items a bulk import prepares ahead: enough to keep every worker busy while the main thread stores. */
function importWindow(): number {
  return 2 * os.availableParallelism();
}

type Settled<P> = { ok: true; value: P } | { ok: false; error: unknown };

const settle = <P>(promise: Promise<P>): Promise<Settled<P>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/**
 * Yields `prepare(item)` for each item, in the items' order, with up to `window` preparations
 * under way. An item whose preparation is done is yielded without waiting for the source's next
 * item (a client may wait for an answer before it sends more); a rejected preparation rethrows
 * when its turn comes. Ending the loop early ends the source.
 */
export async function* inOrder<T, P>(
  items: AsyncIterable<T> | Iterable<T>,
  prepare: (item: T) => Promise<P>,
  window: number = importWindow(),
): AsyncGenerator<P> {
  const source =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  const queue: Promise<Settled<P>>[] = [];
  let pulling: Promise<IteratorResult<T>> | undefined;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window) {
        pulling ??= Promise.resolve(source.next());
        const head = queue[0];
        // Wait for the next item only until the oldest preparation is done.
        const first = head ? await Promise.race([pulling, head.then(() => undefined)]) : await pulling;
        if (first === undefined) break;
        pulling = undefined;
        if (first.done) exhausted = true;
        else queue.push(settle(Promise.resolve().then(() => prepare(first.value))));
      }
      const head = queue.shift();
      if (!head) return;
      const outcome = await head;
      if (!outcome.ok) throw outcome.error;
      yield outcome.value;
    }
  } finally {
    if (!exhausted) {
      // A pull still under way settles before the source is ended (an async generator cannot be
      // returned while it runs).
      if (pulling) await pulling.catch(() => undefined);
      await source.return?.();
    }
  }
}
