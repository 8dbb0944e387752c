import { afterEach, describe, expect, it, vi } from "vitest";
import { dropHandoff, putHandoff, takeHandoff } from "./server-render-handoff";

afterEach(() => {
  vi.useRealTimers();
});

describe("server render handoff", () => {
  it("gives the value to the same request's render, under a key of its own, until dropped", () => {
    const a = putHandoff({ html: "<p>a</p>" });
    const b = putHandoff({ html: "<p>b</p>" });
    expect(a).not.toBe(b);
    expect(takeHandoff(a)).toEqual({ html: "<p>a</p>" });
    // A render may run twice (a retry): taking does not drop.
    expect(takeHandoff(a)).toEqual({ html: "<p>a</p>" });
    dropHandoff(a);
    expect(takeHandoff(a)).toBeUndefined();
    expect(takeHandoff(b)).toEqual({ html: "<p>b</p>" });
    dropHandoff(b);
  });

  it("forgets values nobody dropped after a minute", () => {
    vi.useFakeTimers();
    const old = putHandoff("old");
    vi.advanceTimersByTime(61_000);
    const fresh = putHandoff("fresh");
    expect(takeHandoff(old)).toBeUndefined();
    expect(takeHandoff(fresh)).toBe("fresh");
    dropHandoff(fresh);
  });
});
