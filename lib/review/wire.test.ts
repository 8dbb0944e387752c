import { describe, expectTypeOf, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { reviewClaimSelect } from "./schema";
import type { ReviewClaimWire } from "./wire";

type ReviewClaimRow = Prisma.ClaimGetPayload<{ select: typeof reviewClaimSelect }>;

describe("review wire shape", () => {
  it("ReviewClaimWire has exactly the fields reviewClaimSelect reads", ({ expect }) => {
    expectTypeOf<keyof ReviewClaimWire>().toEqualTypeOf<keyof ReviewClaimRow>();
    expectTypeOf<ReviewClaimWire["reviewer"]>().toEqualTypeOf<ReviewClaimRow["reviewer"]>();
    expect(true).toBe(true);
  });
});
