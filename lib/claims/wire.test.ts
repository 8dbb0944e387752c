import { describe, expectTypeOf, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { listSuggestions } from "./list-suggestions";
import type { claimSelect } from "./schema";
import type { ClaimWire, SuggestionWire } from "./wire";

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

describe("claim wire shapes", () => {
  it("ClaimWire has exactly the fields claimSelect reads", ({ expect }) => {
    expectTypeOf<keyof ClaimWire>().toEqualTypeOf<keyof ClaimRow>();
    expectTypeOf<ClaimWire["author"]>().toEqualTypeOf<ClaimRow["author"]>();
    expect(true).toBe(true);
  });

  it("the suggestions endpoint sends SuggestionWire", ({ expect }) => {
    expectTypeOf<Awaited<ReturnType<typeof listSuggestions>>["items"]>().toEqualTypeOf<SuggestionWire[]>();
    expect(true).toBe(true);
  });
});
