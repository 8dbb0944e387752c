/**
 * fast-check arbitraries for hostile input: the strings, numbers and JSON values a careless or
 * malicious client sends. Field arbitraries are "near-valid": mostly the right type with values
 * chosen to sit on an edge, sometimes the wrong type altogether, sometimes absent.
 */
import fc from "fast-check";

/** Largest value of a PostgreSQL `integer` column. */
const INT4_MAX = 2_147_483_647;

/** Pieces of text that have broken text handling somewhere before. */
const UNICODE_PIECES = [
  "😀", // astral: a surrogate pair in UTF-16
  "👩‍👩‍👧", // ZWJ sequence
  "🇺🇦", // regional indicators
  "e\u0301\u0301\u0301", // stacked combining marks
  "Z\u0351\u0308\u034c\u036b\u0368", // zalgo
  "مرحبا بالعالم", // Arabic (RTL)
  "שלום עולם", // Hebrew (RTL)
  "\u202Eevil\u202C", // RIGHT-TO-LEFT OVERRIDE
  "\u200F\u200E\u2066\u2069", // direction marks and isolates
  "\u0000", // NUL
  "a\u0000b",
  "\uD800", // lone high surrogate
  "\uDFFF", // lone low surrogate
  "\uDC00\uD83D", // a pair in the wrong order
  "\uFEFF", // BOM / zero-width no-break space
  "\u00A0\u2028\u2029", // NBSP and the JS line separators
  "\r\n\t\v\f",
  "\uFFFD\uFFFF\uFFFE",
  "𝕳𝖊𝖑𝖑𝖔", // mathematical alphanumerics (astral)
  "𠜎𠜱𠝹", // CJK extension B (astral)
  '\'; DROP TABLE "Claim"; --',
  "%00%ED%A0%80",
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "\\u0000\\",
  "&#0;&#xD800;&#x110000;",
] as const;

/** A short piece of hostile or ordinary text. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...UNICODE_PIECES), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 1 },
  { arbitrary: fc.constantFrom("alpha", "beta gamma", " ", ""), weight: 2 },
);

/** Short text mixing ordinary words with hostile pieces. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(hostilePiece, { minLength: 0, maxLength: 6 })
  .map((parts) => parts.join(""));

/**
 * Hostile text a server should accept: astral characters, combining marks, right-to-left text
 * and markup, but no NUL and no unpaired surrogate (which text fields refuse).
 */
export const acceptableText: fc.Arbitrary<string> = hostileText.map((t) =>
  t.replace(/\u0000/g, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ""),
);

/**
 * A string of 1–5 MB built from a hostile unit, so its length is huge while generating it is
 * cheap. Used sparingly: each one costs a real upload.
 */
export const hugeText: fc.Arbitrary<string> = fc
  .record({
    unit: fc.constantFrom("a", "😀", "مرحبا ", "\u0000", "\uD800", "e\u0301"),
    megabytes: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ unit, megabytes }) => unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length)));

/** Text just over a typical length limit (for `max(n)` checks). */
const longText = (n: number): fc.Arbitrary<string> =>
  fc.constantFrom(n - 1, n, n + 1).map((len) => "x".repeat(Math.max(0, len)));

/** Any string a hostile client might send for a text field. */
export const anyText = (opts: { limit?: number; huge?: boolean } = {}): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: hostileText, weight: 8 },
    { arbitrary: opts.limit ? longText(opts.limit) : fc.constant(""), weight: 1 },
    { arbitrary: opts.huge ? hugeText : fc.constant("x".repeat(10_000)), weight: opts.huge ? 1 : 1 },
  );

/** Numbers on every edge a JSON number can sit on. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    -1.5,
    INT4_MAX,
    INT4_MAX + 1,
    -INT4_MAX - 1,
    -INT4_MAX - 2,
    2 ** 32,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    1e21,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.EPSILON,
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A JSON value of the wrong type for most fields. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, [], {}, "", "1", "1e999", "NaN", [1], { $gt: "" }, { toString: "x" }),
  edgeNumber,
  hostileText,
);

/** Random JSON of modest size: objects, arrays, and the hostile strings and numbers above. */
export const randomJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileText,
    edgeNumber,
    fc.constantFrom(null, true, false),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileText, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** How to fill one field of a body: a valid value, or a hostile one of the same kind. */
export interface FieldSpec {
  valid: fc.Arbitrary<unknown>;
  hostile: fc.Arbitrary<unknown>;
  /** The key may be left out of a valid body. */
  optional: boolean;
}

export function field(
  valid: fc.Arbitrary<unknown>,
  hostile: fc.Arbitrary<unknown>,
  opts: { optional?: boolean } = {},
): FieldSpec {
  return { valid, hostile, optional: opts.optional ?? false };
}

/**
 * A body built from field specs: every field valid (optional ones sometimes left out), then
 * zero to two of them replaced by a hostile value, a value of the wrong type, or removed, so
 * most bodies get past the schema to the domain code with one hostile value on board. Extra
 * keys (including "__proto__") are sometimes added.
 */
export function body(fields: Record<string, FieldSpec>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  const validValues = fc.record(
    Object.fromEntries(
      keys.map((k) => [
        k,
        fields[k]!.optional ? fc.option(fields[k]!.valid, { nil: undefined, freq: 3 }) : fields[k]!.valid,
      ]),
    ),
  );
  const spoiled = keys.length
    ? fc.uniqueArray(
        fc
          .constantFrom(...keys)
          .chain((k) =>
            fc.tuple(
              fc.constant(k),
              fc.oneof(
                { arbitrary: fields[k]!.hostile, weight: 6 },
                { arbitrary: wrongType, weight: 2 },
                { arbitrary: fc.constant(undefined), weight: 1 },
              ),
            ),
          ),
        { maxLength: 2, selector: ([k]) => k },
      )
    : fc.constant([] as [string, unknown][]);
  const extraKeys = fc.option(
    fc.dictionary(
      fc.constantFrom("__proto__", "constructor", "id", "authorId", "status", "role", "extra", "prototype"),
      randomJson,
      { maxKeys: 3 },
    ),
    { freq: 5 },
  );
  return fc.tuple(validValues, spoiled, extraKeys).map(([values, changes, extra]) => {
    const merged: Record<string, unknown> = { ...values };
    for (const [k, v] of changes) merged[k] = v;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(merged)) if (v !== undefined) out[k] = v;
    // defineProperty so "__proto__" becomes a real key in the JSON, as a hostile client sends it.
    for (const [k, v] of Object.entries(extra ?? {}))
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** A nested JSON text `depth` levels deep (arrays or objects), as raw text. */
export function deepJsonText(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? `${"[".repeat(depth)}1${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** A request body as sent on the wire. */
export type WireBody =
  | { kind: "json"; value: unknown }
  | { kind: "raw"; text: string | Uint8Array; contentType: string | null }
  | { kind: "none" };

/** Bodies that are broken at the transport level: empty, malformed, deep, mistyped, oversized. */
export const brokenBody: fc.Arbitrary<WireBody> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<WireBody>(
      { kind: "none" },
      { kind: "raw", text: "", contentType: "application/json" },
      { kind: "raw", text: "   \n ", contentType: "application/json" },
      { kind: "raw", text: "{", contentType: "application/json" },
      { kind: "raw", text: '{"start":', contentType: "application/json" },
      { kind: "raw", text: "{'a':1}", contentType: "application/json" },
      { kind: "raw", text: "[1,]", contentType: "application/json" },
      { kind: "raw", text: "\uFEFF{}", contentType: "application/json" },
      { kind: "raw", text: "\u0000", contentType: "application/json" },
      { kind: "raw", text: "null", contentType: "application/json" },
      { kind: "raw", text: "1e999", contentType: "application/json" },
      { kind: "raw", text: '"\\ud800"', contentType: "application/json" },
      { kind: "raw", text: "[]", contentType: "application/json; charset=utf-16" },
      {
        kind: "raw",
        text: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
        contentType: "application/json",
      },
      { kind: "raw", text: "{}", contentType: "text/plain" },
      { kind: "raw", text: "{}", contentType: null },
      { kind: "raw", text: "a=1&b=2", contentType: "application/x-www-form-urlencoded" },
      { kind: "raw", text: "--x\r\n\r\n--x--", contentType: "multipart/form-data; boundary=x" },
      { kind: "raw", text: deepJsonText(10_000, "array"), contentType: "application/json" },
      { kind: "raw", text: deepJsonText(10_000, "object"), contentType: "application/json" },
      { kind: "raw", text: deepJsonText(200_000, "array"), contentType: "application/json" },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 6, max: 7 }).map((mb): WireBody => ({
      kind: "raw",
      text: `{"x":"${"a".repeat(mb * 1024 * 1024)}"}`,
      contentType: "application/json",
    })),
  },
  { weight: 3, arbitrary: randomJson.map((value): WireBody => ({ kind: "json", value })) },
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: "binary", maxLength: 40 })
      .map((text): WireBody => ({ kind: "raw", text, contentType: "application/json" })),
  },
);

/** A path segment standing in for an id: a real one, or something an id never is. */
export function pathId(real: readonly string[]): fc.Arbitrary<string> {
  const fake = fc.constantFrom(
    "no-such-id",
    "%00",
    "a%00b",
    "%ED%A0%80", // an encoded lone surrogate (not valid UTF-8)
    "%FF",
    "%F0%9F%98%80",
    "%E2%80%AE",
    "..%2F..%2Fetc",
    "x".repeat(5000),
    "%20",
    "'%20OR%201=1",
    "null",
    "-1",
    "2147483648",
  );
  return real.length
    ? fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 4 }, { arbitrary: fake, weight: 1 })
    : fake;
}
