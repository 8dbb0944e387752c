/**
 * One fuzz target per write handler: an arbitrary of requests that are mostly near-valid (the
 * right shape, aimed at real records, with hostile values), some broken at the transport level
 * and some entirely random. Field arbitraries follow each route's zod schema.
 */
import fc from "fast-check";
import type { Role } from "@/lib/auth/permissions";
import { claimKinds, qualifiers, stances, verdicts } from "@/lib/claims/vocabulary";
import { marker, type Fixture } from "./fixture";
import {
  acceptableText,
  anyText,
  body,
  brokenBody,
  deepJsonText,
  edgeNumber,
  field,
  hostilePiece,
  hostileText,
  hugeText,
  pathId,
  randomJson,
  type FieldSpec,
  type WireBody,
} from "./hostile";

/** Stands for "the record's current version", filled in just before sending. */
export const CURRENT_VERSION = "\uE000current-version";

export interface FuzzRequest {
  path: string;
  body: WireBody;
  as: Role;
  /** The record whose current version replaces `CURRENT_VERSION` in the body. */
  versionOf?: { model: "claim" | "article" | "user" | "project" | "member"; id: string };
  /** Sign in with the credentials in `body` through next-auth's form post instead of calling the API. */
  signIn?: { email: unknown; password: unknown };
}

export interface FuzzTarget {
  route: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  requests(fx: Fixture): fc.Arbitrary<FuzzRequest>;
}

const json = (value: unknown): WireBody => ({ kind: "json", value });

/** A version: the current one (to get past the 409 into validation and the write), or hostile. */
const version = field(fc.constant(CURRENT_VERSION), fc.oneof(fc.constantFrom(1, 2), edgeNumber));

const role = fc.constantFrom<Role>("annotator", "reviewer", "admin");

/** Mostly the near-valid body, sometimes a broken one, sometimes random JSON. */
function withNoise(nearValid: fc.Arbitrary<WireBody>): fc.Arbitrary<WireBody> {
  return fc.oneof(
    { arbitrary: nearValid, weight: 8 },
    { arbitrary: brokenBody, weight: 1 },
    { arbitrary: randomJson.map(json), weight: 1 },
  );
}

/** Offsets worth trying in `text`: either side of every surrogate, combining mark and bidi control, and the ends. */
function trickyOffsets(text: string): number[] {
  const out = new Set<number>([0, 1, text.length - 1, text.length, text.length + 1]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const special =
      (c >= 0xd800 && c <= 0xdfff) || (c >= 0x0300 && c <= 0x036f) || (c >= 0x200b && c <= 0x206f) || c === 0x200d;
    if (special) for (const o of [i - 1, i, i + 1, i + 2]) if (o >= 0) out.add(o);
  }
  return [...out].sort((a, b) => a - b);
}

/** `{ start, end, exact }` for `text`: often a true slice (possibly splitting a pair), sometimes wrong. */
function span(text: string): fc.Arbitrary<{ start: unknown; end: unknown; exact: unknown }> {
  const offset = fc.oneof(fc.nat(text.length), fc.constantFrom(...trickyOffsets(text)));
  const sliced = fc.tuple(offset, offset).map(([a, b]) => {
    const [start, end] = a <= b ? [a, b] : [b, a];
    return { start, end, exact: text.slice(start, end) };
  });
  return fc.oneof(
    { arbitrary: sliced, weight: 5 },
    // A true slice with one field made hostile.
    {
      arbitrary: fc
        .tuple(sliced, fc.constantFrom("start", "end", "exact"), fc.oneof(edgeNumber, hostileText, fc.constant(null)))
        .map(([s, key, v]) => ({ ...s, [key]: v })),
      weight: 3,
    },
    // exact off by a little: normalized, with a NUL, or with a lone surrogate.
    {
      arbitrary: fc
        .tuple(
          sliced,
          fc.constantFrom(
            (x: string) => x.normalize("NFC"),
            (x: string) => `${x}\u0000`,
            (x: string) => `${x.slice(0, -1)}\uD800`,
            (x: string) => x.toUpperCase(),
          ),
        )
        .map(([s, f]) => ({ ...s, exact: f(s.exact) })),
      weight: 2,
    },
    { arbitrary: fc.record({ start: edgeNumber, end: edgeNumber, exact: fc.oneof(hostileText, hugeText) }), weight: 1 },
  );
}

const optionalText = (limit: number, huge = false) =>
  field(acceptableText, anyText({ limit, huge }), { optional: true });
const enumField = (values: readonly string[]) =>
  field(
    fc.constantFrom(...values),
    fc.oneof(
      hostileText,
      fc.constantFrom(...values).map((v) => v.toUpperCase()),
    ),
    { optional: true },
  );
const figure = field(fc.integer({ min: 0, max: 100_000 }), edgeNumber, { optional: true });
const isoDate = field(
  fc.constantFrom("2016-02-11", "2012-12-06T10:32:00Z"),
  fc.constantFrom(
    "0000-01-01",
    "9999-12-31T23:59:59Z",
    "2016-02-30",
    "2016-13-01",
    "2016-02-11T99:99",
    "2016-02-11T10:00:00+99:99",
    "1900-01-01 00:00",
    "2016-02-11T10:00:00.1234567890123Z",
    "+275760-09-13",
    "2016-02-11\u0000",
    "٢٠١٦-٠٢-١١",
  ),
  { optional: true },
);
const url = field(
  fc.webUrl(),
  fc.constantFrom(
    "https://example.org/\u0000",
    "https://exa\u0000mple.org/",
    "https://😀.example/",
    "https://xn--ls8h.example/path?q=\uD800",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "http://localhost/",
    "https://a/" + "x".repeat(3000),
    "https://[::1]/",
    "https://example.org/\u202Eevil",
    "http://",
    "https://example.org:99999/",
  ),
  { optional: true },
);

/** Attributes of a claim, as `CreateClaimInput` and `UpdateClaimInput` read them. */
const claimAttributes = {
  kind: enumField(claimKinds),
  value: figure,
  qualifier: enumField(qualifiers),
  // Only a range has an upper bound, so a valid body leaves it out; a hostile one sends it.
  valueMax: field(fc.constant(undefined), edgeNumber, { optional: true }),
  unit: optionalText(100),
  timeRef: optionalText(200),
  attributedTo: optionalText(300),
  note: optionalText(5000, true),
};

const articleMeta = { url, publisher: optionalText(200), author: optionalText(200), publishedAt: isoDate };
/** One article to import: plain text with a title, or an HTML page. */
const articleBody = () =>
  fc.oneof(
    body({
      title: field(
        acceptableText.map((t) => `Fuzz ${t}`),
        anyText({ limit: 500 }),
      ),
      text: field(
        acceptableText.map((t) => `A fuzzed article says ${t} and more.`),
        fc.oneof(anyText({ huge: true }), hostileText),
      ),
      ...articleMeta,
    }),
    body({
      title: field(
        acceptableText.map((t) => `Fuzz ${t}`),
        anyText({ limit: 500 }),
        { optional: true },
      ),
      html: field(
        acceptableText.map(
          (t) => `<html><head><title>${t}</title></head><body><article><p>${t} reported.</p></article></body></html>`,
        ),
        anyText({ huge: true }),
      ),
      ...articleMeta,
    }),
  );

function withId(ids: readonly string[]) {
  return pathId(ids);
}

/** Workflow settings of a project, as `CreateProjectInput` and `UpdateProjectInput` read them. */
const projectSettings = {
  description: optionalText(5000),
  licence: optionalText(200),
  annotatorsPerArticle: field(fc.integer({ min: 1, max: 5 }), edgeNumber, { optional: true }),
  blind: field(fc.boolean(), fc.oneof(hostileText, edgeNumber), { optional: true }),
  assignmentMode: enumField(["automatic", "manual"]),
  queueOrder: enumField(["fewest_first", "random"]),
  quotaCount: field(fc.constant(undefined), fc.oneof(edgeNumber, fc.constant(null)), { optional: true }),
  abandonAfterMinutes: field(fc.integer({ min: 1, max: 10_000 }), fc.oneof(edgeNumber, fc.constant(null)), {
    optional: true,
  }),
  requireGuidelinesRead: field(fc.constant(false), hostileText, { optional: true }),
};

/** One kind of a project's claim schema, mostly valid. */
const kindBody = (i: number) =>
  body({
    key: field(
      fc.constant(`kind_${i}`),
      fc.oneof(hostileText, fc.constantFrom("Casualty", "1abc", "", "a".repeat(41))),
    ),
    label: field(
      acceptableText.map((t) => `Kind ${i} ${t}`),
      anyText({ limit: 60 }),
    ),
    colour: field(fc.constant("#c0263b"), fc.oneof(hostileText, fc.constantFrom("red", "#fff", "#GGGGGG"))),
    shortcut: field(fc.constant(i + 1), fc.oneof(edgeNumber, fc.constant(null)), { optional: true }),
    definition: optionalText(20_000, true),
    attributes: field(
      fc.constantFrom({}, { value: "required" }, { value: "optional", range: "optional" }),
      fc.oneof(randomJson, fc.constant({ range: "required" }), fc.constant({ colour: "optional" })),
      { optional: true },
    ),
  });

/**
 * A step of a claim's review workflow, `POST /api/claims/{id}/<action>` with the claim's version:
 * mostly aimed at one of `ids`, sometimes at an id that is no claim.
 */
function claimAction(
  action: string,
  ids: (fx: Fixture) => string[],
  fields: Record<string, FieldSpec>,
  as: fc.Arbitrary<Role>,
): FuzzTarget {
  return {
    route: `claims/[id]/${action}`,
    method: "POST",
    requests: (fx) =>
      fc.constantFrom(...ids(fx)).chain((id) =>
        fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((x) => `/api/claims/${x}/${action}`),
          body: withNoise(body({ ...fields, version }).map(json)),
          as,
          versionOf: fc.constant({ model: "claim" as const, id }),
        }),
      ),
  };
}

export const targets: FuzzTarget[] = [
  {
    route: "articles",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.oneof(
          { arbitrary: fc.constantFrom("/api/articles", "/api/articles?force=true"), weight: 5 },
          {
            arbitrary: fc.constantFrom("/api/articles?force=%00", "/api/articles?force=yes", "/api/articles?force=%FF"),
            weight: 1,
          },
        ),
        body: withNoise(articleBody().map(json)),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "articles/bulk",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constantFrom("/api/articles/bulk?force=true", "/api/articles/bulk"),
        body: fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .array(
                fc.oneof(
                  articleBody().map((b) => JSON.stringify(b)),
                  hostileText,
                  fc.constantFrom(
                    "{",
                    "[]",
                    "null",
                    '{"title":"x"}',
                    "\u0000",
                    deepJsonText(10_000, "object"),
                    `{"title":"Deep","text":${deepJsonText(5_000, "array")}}`,
                  ),
                ),
                { minLength: 0, maxLength: 5 },
              )
              .chain((lines) => fc.tuple(fc.constant(lines), fc.constantFrom("\n", "\r\n", "\n\n")))
              .map(([lines, sep]): WireBody => ({
                kind: "raw",
                text: lines.join(sep),
                contentType: "application/x-ndjson",
              })),
          },
          { weight: 1, arbitrary: brokenBody },
          {
            weight: 1,
            arbitrary: fc.constantFrom<WireBody>({
              kind: "raw",
              text: new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x0a, 0xed, 0xa0, 0x80]),
              contentType: "application/jsonl",
            }),
          },
        ),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "articles/upload",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constantFrom("/api/articles/upload?force=true", "/api/articles/upload"),
        body: fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .array(
                fc.record({
                  name: fc.oneof(
                    fc.constantFrom(
                      "a.txt",
                      "b.md",
                      "c.html",
                      "d.jsonl",
                      "e.pdf",
                      "",
                      ".txt",
                      "😀.txt",
                      "\u202Etxt.exe",
                      "a\u0000.txt",
                      "x".repeat(1000) + ".md",
                    ),
                    hostileText.map((t) => `${t}.txt`),
                  ),
                  content: fc.oneof(
                    hostileText.map((t) => `Fuzz upload says ${t} in a sentence.`),
                    articleBody().map((b) => JSON.stringify(b)),
                    fc.uint8Array({ maxLength: 64 }),
                    fc.constantFrom(
                      new Uint8Array([0xed, 0xa0, 0x80, 0x41]),
                      new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x00, 0x42]),
                      "",
                    ),
                  ),
                }),
                { minLength: 0, maxLength: 3 },
              )
              .map((files): WireBody => ({
                kind: "raw",
                text: multipart(files),
                contentType: `multipart/form-data; boundary=${BOUNDARY}`,
              })),
          },
          { weight: 1, arbitrary: brokenBody },
          {
            weight: 1,
            arbitrary: fc.constantFrom<WireBody>({
              kind: "raw",
              text: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
              contentType: "multipart/form-data; boundary=x",
            }),
          },
        ),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "articles/[id]/claims",
    method: "POST",
    requests: (fx) =>
      fc.constantFrom(...fx.articles).chain((article) =>
        fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(article.id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((id) => `/api/articles/${id}/claims`),
          body: withNoise(
            fc
              .tuple(
                span(article.text),
                body({ ...claimAttributes, kind: { ...claimAttributes.kind, optional: false } }),
              )
              .map(([s, attrs]) => json({ ...attrs, ...s })),
          ),
          as: fc.constant<Role>("annotator"),
        }),
      ),
  },
  {
    route: "articles/[id]/cleaning/restore",
    method: "POST",
    requests: (fx) =>
      fc.constant(fx.restoreArticle).chain((article) =>
        fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(article.id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((id) => `/api/articles/${id}/cleaning/restore`),
          // Block 2 is the one cleaning removed ("Share this article"); the others do not exist.
          body: withNoise(
            body({
              index: field(
                fc.oneof(
                  { arbitrary: fc.constant(2), weight: 3 },
                  { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 1 },
                ),
                edgeNumber,
              ),
              version,
            }).map(json),
          ),
          as: fc.constant<Role>("annotator"),
          versionOf: fc.constant({ model: "article" as const, id: article.id }),
        }),
      ),
  },
  {
    route: "articles/[id]/submit-all",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.submitAllArticle]).map((id) => `/api/articles/${id}/submit-all`),
        body: fc.oneof(fc.constant<WireBody>({ kind: "none" }), brokenBody),
        as: role,
      }),
  },
  {
    route: "articles/[id]/suggestions/dismiss",
    method: "POST",
    requests: (fx) =>
      fc.constantFrom(...fx.articles).chain((article) =>
        fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(article.id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((id) => `/api/articles/${id}/suggestions/dismiss`),
          body: withNoise(fc.tuple(span(article.text), body({})).map(([s, extra]) => json({ ...extra, ...s }))),
          as: fc.constant<Role>("annotator"),
        }),
      ),
  },
  {
    route: "claims/[id]",
    method: "PATCH",
    requests: (fx) =>
      fc.constantFrom(...fx.drafts).chain((id) => {
        const article = fx.articles[0];
        return fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((x) => `/api/claims/${x}`),
          body: withNoise(
            fc
              .tuple(
                // A verdict needs a justification: valid bodies leave both out, hostile ones send either.
                body({
                  ...claimAttributes,
                  verdict: field(fc.constant(undefined), fc.oneof(fc.constantFrom(...verdicts), hostileText), {
                    optional: true,
                  }),
                  justification: optionalText(5000),
                  version,
                }),
                fc.option(article ? span(article.text) : fc.constant({}), { freq: 2 }),
              )
              .map(([attrs, s]) => json({ ...attrs, ...(s ?? {}) })),
          ),
          as: fc.constant<Role>("annotator"),
          versionOf: fc.constant({ model: "claim" as const, id }),
        });
      }),
  },
  {
    route: "claims/[id]",
    method: "DELETE",
    requests: (fx) =>
      fc.record({
        path: fc
          .tuple(
            withId([...fx.drafts, ...fx.submitted, ...fx.approved]),
            fc.oneof(
              { arbitrary: fc.constantFrom("", "?version=1", "?version=2", "?version="), weight: 3 },
              {
                arbitrary: fc.constantFrom(
                  "?version=-1",
                  "?version=1.5",
                  "?version=2147483648",
                  "?version=1e999",
                  "?version=%00",
                  "?version=%FF",
                  "?version=x",
                  "?version=1&version=2",
                ),
                weight: 2,
              },
            ),
          )
          .map(([id, q]) => `/api/claims/${id}${q}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: role,
      }),
  },
  claimAction(
    "submit",
    (fx) => [...fx.drafts, ...fx.submitted],
    {},
    fc.constantFrom<Role>("annotator", "annotator", "reviewer"),
  ),
  claimAction(
    "review",
    (fx) => [...fx.submitted, ...fx.approved],
    {
      decision: field(fc.constantFrom("approve", "reject", "request_changes"), hostileText),
      comment: optionalText(5000, true),
    },
    fc.constantFrom<Role>("reviewer", "reviewer", "annotator"),
  ),
  {
    route: "claims/[id]/merge",
    method: "POST",
    requests: (fx) =>
      fc.constantFrom(...fx.drafts, ...fx.submitted).chain((id) =>
        fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((x) => `/api/claims/${x}/merge`),
          body: withNoise(
            body({
              duplicateId: field(fc.constantFrom(...fx.drafts, id), fc.oneof(hostileText, withId([]))),
              version,
              duplicateVersion: field(fc.constantFrom(1, 2), edgeNumber),
            }).map(json),
          ),
          as: fc.constantFrom<Role>("annotator", "annotator", "admin"),
          versionOf: fc.constant({ model: "claim" as const, id }),
        }),
      ),
  },
  claimAction(
    "review/undo",
    (fx) => [...fx.approved, ...fx.submitted],
    {},
    fc.constantFrom<Role>("reviewer", "reviewer", "annotator"),
  ),
  claimAction(
    "reopen",
    (fx) => [...fx.approved, ...fx.submitted],
    {
      reason: field(
        acceptableText.map((t) => `Reason ${t}`),
        anyText({ limit: 5000 }),
      ),
    },
    fc.constant<Role>("reviewer"),
  ),
  {
    route: "claims/[id]/evidence",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId(fx.allClaims()).map((id) => `/api/claims/${id}/evidence`),
        body: withNoise(
          fc
            .oneof(
              body({
                targetClaimId: field(fc.constantFrom(...fx.allClaims()), withId([])),
                stance: enumField(stances),
                note: optionalText(5000),
              }),
              body({
                url,
                title: optionalText(500),
                publisher: optionalText(300),
                publishedAt: isoDate,
                quote: optionalText(5000, true),
                accessedAt: isoDate,
                stance: enumField(stances),
                note: optionalText(5000),
              }),
            )
            .map(json),
        ),
        as: fc.constantFrom<Role>("annotator", "reviewer"),
      }),
  },
  {
    route: "evidence/[id]",
    method: "DELETE",
    requests: (fx) =>
      fc.record({
        path: withId(fx.evidence).map((id) => `/api/evidence/${id}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: role,
      }),
  },
  {
    route: "clusters",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constant("/api/clusters"),
        body: withNoise(
          body({
            name: field(
              acceptableText.map((t) => `Cluster ${t}`),
              anyText({ limit: 200, huge: true }),
            ),
            description: optionalText(2000),
          }).map(json),
        ),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "clusters/[id]/claims",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId(fx.clusters).map((id) => `/api/clusters/${id}/claims`),
        body: withNoise(body({ claimId: field(fc.constantFrom(...fx.allClaims()), withId([])) }).map(json)),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "clusters/[id]/claims/[claimId]",
    method: "DELETE",
    requests: (fx) =>
      fc.record({
        path: fc.tuple(withId(fx.clusters), withId(fx.allClaims())).map(([c, id]) => `/api/clusters/${c}/claims/${id}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "tokens",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constant("/api/tokens"),
        body: withNoise(
          body({
            name: field(
              acceptableText.map((t) => `token ${t}`),
              anyText({ limit: 100, huge: true }),
            ),
          }).map(json),
        ),
        as: role,
      }),
  },
  {
    route: "tokens/[id]",
    method: "DELETE",
    requests: (fx) =>
      fc.record({
        path: withId(fx.spareTokens).map((id) => `/api/tokens/${id}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constant<Role>("annotator"),
      }),
  },
  {
    route: "users",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constant("/api/users"),
        body: withNoise(
          body({
            email: field(
              fc.stringMatching(/^[a-z]{4,12}$/).map((local) => `${local}@example.org`),
              fc.oneof(
                hostileText.map((t) => `${t}@example.org`),
                fc.constantFrom(
                  "a\u0000@example.org",
                  "😀@example.org",
                  "a@😀.example",
                  "user@xn--ls8h.example",
                  `${"a".repeat(70)}@example.org`,
                  "@",
                  "a@b",
                ),
              ),
            ),
            name: field(
              acceptableText.map((t) => `User ${t}`),
              anyText({ limit: 200 }),
            ),
            role: enumField(["annotator", "reviewer"]),
            password: field(fc.constant("long-enough-password"), anyText({ limit: 1024 })),
          }).map(json),
        ),
        as: fc.constant<Role>("admin"),
      }),
  },
  {
    route: "users/[id]",
    method: "PATCH",
    requests: (fx) =>
      fc.constantFrom(...fx.targetUsers).chain((id) =>
        fc.record({
          path: fc
            .oneof({ arbitrary: fc.constant(id), weight: 5 }, { arbitrary: withId([]), weight: 1 })
            .map((x) => `/api/users/${x}`),
          body: withNoise(
            body({
              role: { ...enumField(["annotator", "reviewer"]), optional: false },
              version: { ...version, optional: true },
            }).map(json),
          ),
          as: fc.constant<Role>("admin"),
          versionOf: fc.constant({ model: "user" as const, id }),
        }),
      ),
  },
  ...(["disable", "enable", "password-reset", "sign-out"] as const).map((action) => ({
    route: `users/[id]/${action}`,
    method: "POST" as const,
    requests: (fx: Fixture) =>
      fc.record({
        path: fc
          .oneof({ arbitrary: fc.constantFrom(...fx.targetUsers), weight: 5 }, { arbitrary: withId([]), weight: 1 })
          .map((x) => `/api/users/${x}/${action}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constant<Role>("admin"),
      }),
  })),
  {
    route: "me/password",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constant("/api/me/password"),
        body: withNoise(
          body({
            currentPassword: field(fc.constant("test-password-123"), anyText({ limit: 1024 })),
            newPassword: field(fc.constant("a-new-password-for-fuzz"), anyText({ limit: 1024 })),
          }).map(json),
        ),
        as: role,
      }),
  },
  {
    route: "auth/[...nextauth]",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: fc.constant("/api/auth/callback/credentials"),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constant<Role>("annotator"),
        signIn: fc.oneof(
          fc.constant(fx.signIn),
          fc.record({
            email: fc.oneof(
              fc.emailAddress(),
              hostileText,
              hostileText.map((t) => `${t}@claimbench.test`),
              fc.constantFrom("a\u0000@claimbench.test", "\uD800@claimbench.test", "x".repeat(100_000)),
            ),
            password: fc.oneof(hostileText, hostilePiece, fc.constant("x".repeat(100_000))),
          }),
        ),
      }),
  },
  {
    route: "projects",
    method: "POST",
    requests: () =>
      fc.record({
        path: fc.constant("/api/projects"),
        body: withNoise(
          fc
            .tuple(
              body({
                name: field(
                  acceptableText.map((t) => `Fuzz project ${t} ${marker()}`),
                  anyText({ limit: 200, huge: true }),
                ),
                ...projectSettings,
              }),
              fc.option(fc.array(fc.nat(3).chain(kindBody), { maxLength: 3 }), { freq: 3 }),
            )
            .map(([project, kinds]) => json(kinds ? { ...(project as object), kinds } : project)),
        ),
        as: fc.constantFrom<Role>("reviewer", "admin", "annotator"),
      }),
  },
  {
    route: "projects/[id]",
    method: "PATCH",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}`),
        body: withNoise(body({ ...projectSettings, version }).map(json)),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
        versionOf: fc.constant({ model: "project" as const, id: fx.project.id }),
      }),
  },
  {
    route: "projects/[id]/schema",
    method: "PUT",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/schema`),
        body: withNoise(
          fc
            .tuple(fc.array(fc.nat(3).chain(kindBody), { minLength: 0, maxLength: 4 }), body({ version }))
            .map(([kinds, rest]) =>
              json({ kinds, verdictLabels: [{ key: "supported", label: "Supported" }], ...(rest as object) }),
            ),
        ),
        as: fc.constant<Role>("reviewer"),
        versionOf: fc.constant({ model: "project" as const, id: fx.project.id }),
      }),
  },
  {
    route: "projects/[id]/members",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/members`),
        body: withNoise(
          body({
            userId: field(fc.constantFrom(...fx.targetUsers), withId([])),
            role: enumField(["annotator", "reviewer", "manager"]),
            quota: field(fc.constant(undefined), fc.oneof(edgeNumber, fc.constant(null)), { optional: true }),
          }).map(json),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "projects/[id]/members/[userId]",
    method: "PATCH",
    requests: (fx) =>
      fc.record({
        path: fc
          .tuple(withId([fx.project.id]), withId([fx.project.annotatorId]))
          .map(([p, u]) => `/api/projects/${p}/members/${u}`),
        body: withNoise(
          body({
            quota: field(fc.constantFrom(null, 50), fc.oneof(edgeNumber, hostileText), { optional: true }),
            version,
          }).map(json),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
        versionOf: fc.constant({ model: "member" as const, id: fx.project.memberId }),
      }),
  },
  {
    route: "projects/[id]/members/[userId]",
    method: "DELETE",
    requests: (fx) =>
      fc.record({
        path: fc
          .tuple(withId([fx.project.id]), withId([fx.project.annotatorId, ...fx.targetUsers]))
          .map(([p, u]) => `/api/projects/${p}/members/${u}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "projects/[id]/guidelines",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/guidelines`),
        body: withNoise(
          body({
            markdown: field(
              acceptableText.map((t) => `# Guidelines\n\n${t}`),
              anyText({ huge: true }),
            ),
            changeNote: optionalText(500),
            baseVersion: field(fc.constant(undefined), edgeNumber, { optional: true }),
          }).map(json),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "projects/[id]/guidelines/[number]/seen",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: fc
          .tuple(
            withId([fx.project.id]),
            fc.oneof(
              fc.constantFrom("latest", "1", "2"),
              fc.constantFrom("0", "-1", "1.5", "1e3", "%00", "%FF", "99999999999"),
            ),
          )
          .map(([p, n]) => `/api/projects/${p}/guidelines/${n}/seen`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: role,
      }),
  },
  {
    route: "projects/[id]/articles",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/articles`),
        body: withNoise(
          fc
            .oneof(
              body({
                articleIds: field(fc.constant(fx.articles.map((a) => a.id)), fc.array(hostileText, { maxLength: 3 })),
              }),
              body({ q: field(fc.constantFrom("Fuzz report", "nothing matches this"), anyText({ limit: 200 })) }),
            )
            .map(json),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "projects/[id]/articles/[articleId]",
    method: "DELETE",
    requests: (fx) =>
      fc.record({
        path: fc
          .tuple(withId([fx.project.id]), withId(fx.project.articleIds))
          .map(([p, a]) => `/api/projects/${p}/articles/${a}`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constant<Role>("reviewer"),
      }),
  },
  {
    route: "projects/[id]/queue/next",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/queue/next`),
        body: fc.oneof(fc.constant<WireBody>({ kind: "none" }), brokenBody),
        as: role,
      }),
  },
  {
    route: "projects/[id]/assignments",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/assignments`),
        body: withNoise(
          body({
            articleId: field(fc.constantFrom(...fx.project.articleIds), withId([])),
            annotatorId: field(fc.constantFrom(fx.project.annotatorId, ...fx.targetUsers), withId([])),
          }).map(json),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "projects/[id]/assignments/bulk",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId([fx.project.id]).map((id) => `/api/projects/${id}/assignments/bulk`),
        body: withNoise(
          body({
            csv: field(
              fc.constant(`article,email\n${fx.project.articleIds[0]},${fx.signIn.email}\n`),
              fc.oneof(
                anyText({ huge: true }),
                fc.constantFrom('"unterminated,quote\n', "a,b,c,d\n", "\u0000,\u0000", "article,email\n"),
              ),
            ),
          }).map(json),
        ),
        as: fc.constant<Role>("reviewer"),
      }),
  },
  {
    route: "assignments/[id]/start",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId(fx.project.assignments).map((id) => `/api/assignments/${id}/start`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: role,
      }),
  },
  {
    route: "assignments/[id]/submit",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId(fx.project.assignments).map((id) => `/api/assignments/${id}/submit`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: role,
      }),
  },
  {
    route: "assignments/[id]/return",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId(fx.project.assignments).map((id) => `/api/assignments/${id}/return`),
        body: fc.constant<WireBody>({ kind: "none" }),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "assignments/[id]/reassign",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: withId(fx.project.assignments).map((id) => `/api/assignments/${id}/reassign`),
        body: withNoise(
          body({ annotatorId: field(fc.constantFrom(fx.project.annotatorId, ...fx.targetUsers), withId([])) }).map(
            json,
          ),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
  {
    route: "projects/[id]/articles/[articleId]/adjudication",
    method: "POST",
    requests: (fx) => {
      const small = field(fc.integer({ min: 1, max: 3 }), edgeNumber);
      const claimIds = field(
        fc.array(fc.constantFrom(...fx.submitted), { minLength: 1, maxLength: 3 }),
        fc.oneof(fc.array(hostileText, { maxLength: 3 }), fc.constant([]), randomJson),
      );
      const reasonCode = enumField(["ambiguous_text", "guideline_gap", "annotator_error", "not_a_claim", "other"]);
      const action = (name: string) => field(fc.constant(name), fc.oneof(hostileText, fc.constant(name.toUpperCase())));
      const attributes = field(
        fc.record({
          kind: fc.constantFrom("casualty", "event", "quantity"),
          value: fc.integer({ min: 0, max: 100_000 }),
        }),
        fc.oneof(randomJson, fc.record({ kind: hostileText, qualifier: hostileText, valueMax: edgeNumber })),
        { optional: true },
      );
      const article = fx.articles[0]!;
      return fc.record({
        path: fc
          .tuple(withId([fx.project.id]), withId(fx.project.articleIds))
          .map(([p, a]) => `/api/projects/${p}/articles/${a}/adjudication`),
        body: withNoise(
          fc
            .oneof(
              body({
                action: action("take"),
                version: small,
                unitClaimIds: claimIds,
                claimId: field(fc.constantFrom(...fx.submitted), hostileText),
              }),
              body({ action: action("edit"), version: small, unitClaimIds: claimIds, attributes }),
              body({
                action: action("reject"),
                version: small,
                unitClaimIds: claimIds,
                reasonCode,
                comment: optionalText(5000, true),
              }),
              fc
                .tuple(span(article.text), body({ action: action("add"), version: small, attributes }))
                .map(([s, rest]) => ({ ...rest, span: s })),
              body({ action: action("undo"), version: small, decisionId: field(withId([]), hostileText) }),
            )
            .map(json),
        ),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      });
    },
  },
  {
    route: "projects/[id]/articles/[articleId]/adjudication/close",
    method: "POST",
    requests: (fx) =>
      fc.record({
        path: fc
          .tuple(withId([fx.project.id]), withId(fx.project.articleIds))
          .map(([p, a]) => `/api/projects/${p}/articles/${a}/adjudication/close`),
        body: withNoise(body({ version: field(fc.integer({ min: 1, max: 3 }), edgeNumber) }).map(json)),
        as: fc.constantFrom<Role>("reviewer", "annotator"),
      }),
  },
];

const BOUNDARY = "fuzzboundaryQx7";

/** A multipart/form-data body with each file in a field named "file". */
function multipart(files: { name: string; content: string | Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const enc = new TextEncoder();
  for (const f of files) {
    parts.push(
      enc.encode(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${f.name.replace(/["\r\n]/g, "_")}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(typeof f.content === "string" ? enc.encode(f.content) : f.content);
    parts.push(enc.encode("\r\n"));
  }
  parts.push(enc.encode(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}
