import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isoFromEpochMs, storedDateToIso } from "./stored-date";

/** The conversion as it was, all through `Date`: the fast paths must agree with it. */
function throughDate(value: string | number): string {
  if (typeof value === "number") return new Date(value).toISOString();
  const text = value.replace(" ", "T");
  return new Date(/(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T") ? text : `${text}Z`).toISOString();
}

const anyTime = fc.integer({ min: -62_198_755_200_000, max: 300_000_000_000_000 });
const fourDigitYears = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });

describe("storedDateToIso", () => {
  it("epoch milliseconds give Date's ISO text, in and out of the four-digit years", () => {
    fc.assert(
      fc.property(fc.oneof(anyTime, fourDigitYears, fc.integer({ min: 0, max: 4 * 86_400_000 })), (ms) => {
        expect(isoFromEpochMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
    expect(storedDateToIso(1_767_225_600_123)).toBe("2026-01-01T00:00:00.123Z");
    expect(storedDateToIso(BigInt(0))).toBe("1970-01-01T00:00:00.000Z");
  });

  it("PostgreSQL timestamp text, with none to six fractional digits, as Date reads it", () => {
    const pgText = fc
      .tuple(fourDigitYears, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999_999 }))
      .map(([ms, digits, micros]) => {
        const iso = new Date(ms).toISOString();
        const fraction = digits === 0 ? "" : `.${String(micros).padStart(6, "0").slice(0, digits)}`;
        return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}`;
      });
    fc.assert(
      fc.property(
        pgText.filter((t) => !t.startsWith("-") && !t.startsWith("+")),
        (text) => {
          expect(storedDateToIso(text)).toBe(throughDate(text));
        },
      ),
      { numRuns: 5000 },
    );
    expect(storedDateToIso("2026-01-01 00:00:00.1239")).toBe("2026-01-01T00:00:00.123Z");
  });

  it("SQLite ISO text (Z, +00:00, other zones, no time) as Date reads it", () => {
    const iso = fourDigitYears.map((ms) => new Date(ms).toISOString()).filter((t) => /^\d/.test(t));
    const sqliteText = fc
      .tuple(iso, fc.constantFrom("Z", "+00:00", "+02:00", "-05:30"))
      .map(([t, zone]) => `${t.slice(0, 23)}${zone}`);
    fc.assert(
      fc.property(sqliteText, (text) => {
        expect(storedDateToIso(text)).toBe(throughDate(text));
      }),
      { numRuns: 3000 },
    );
    expect(storedDateToIso("2026-01-01")).toBe("2026-01-01T00:00:00.000Z");
    expect(storedDateToIso(null)).toBeNull();
  });
});
