import { describe, expect, it } from "vitest";
import { serializeSnapshot } from "./record-audit";

describe("serializeSnapshot", () => {
  it("drops secrets at any depth and writes dates as ISO strings", () => {
    const text = serializeSnapshot({
      id: "u1",
      passwordHash: "scrypt$…",
      createdAt: new Date("2026-01-02T03:04:05.000Z"),
      tokens: [{ id: "t1", tokenHash: "abc", secret: "cb_…" }],
    });
    expect(JSON.parse(text ?? "null")).toEqual({
      id: "u1",
      createdAt: "2026-01-02T03:04:05.000Z",
      tokens: [{ id: "t1" }],
    });
  });

  it("stores nothing for a missing side", () => {
    expect(serializeSnapshot(null)).toBeNull();
    expect(serializeSnapshot(undefined)).toBeNull();
  });
});
