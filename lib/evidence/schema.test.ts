import { describe, expect, it } from "vitest";
import { CreateEvidenceInput } from "./schema";

const issues = (body: unknown) =>
  CreateEvidenceInput.safeParse(body).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("CreateEvidenceInput", () => {
  it("reads a claim link and a source link", () => {
    expect(CreateEvidenceInput.parse({ targetClaimId: " c1 ", stance: "context", note: " " })).toEqual({
      kind: "claim",
      targetClaimId: "c1",
      stance: "context",
      note: null,
    });
    expect(
      CreateEvidenceInput.parse({
        url: "HTTPS://WWW.UN.org",
        stance: "supports",
        publishedAt: "2016-02-11",
        title: "Report",
      }),
    ).toEqual({
      kind: "source",
      url: "https://www.un.org/",
      title: "Report",
      publisher: null,
      publishedAt: new Date("2016-02-11T00:00:00Z"),
      quote: null,
      accessedAt: null,
      stance: "supports",
      note: null,
    });
  });

  it("explains what is wrong, field by field", () => {
    expect(issues({ url: "not a url", stance: "supports" })).toEqual([
      "url: must be an http(s) URL such as https://example.org/page",
    ]);
    expect(issues({ url: "ftp://example.org/x", stance: "supports" })).toEqual([
      "url: must be an http(s) URL such as https://example.org/page",
    ]);
    expect(issues({ targetClaimId: "c1" })).toEqual(["stance: is required: one of supports, refutes, mixed, context"]);
    expect(issues({ targetClaimId: "c1", stance: "agrees" })).toEqual([
      "stance: must be one of supports, refutes, mixed, context",
    ]);
    expect(issues({ stance: "supports" })).toEqual([
      "targetClaimId: or url is required: link to another claim or to an external source",
    ]);
    expect(issues({ targetClaimId: "c1", url: "https://example.org", stance: "supports" })).toEqual([
      "url: cannot be sent with targetClaimId: a link goes to one claim or one source",
    ]);
    expect(issues({ targetClaimId: "c1", quote: "x", stance: "supports" })).toEqual([
      "quote: only applies to an external source (url), not to a link between claims",
    ]);
    expect(issues({ url: "https://example.org", accessedAt: "2999-01-01", stance: "supports" })).toEqual([
      "accessedAt: cannot be in the future",
    ]);
    expect(issues({ url: "https://example.org", publishedAt: "11/02/2016", stance: "supports" })?.[0]).toMatch(
      /^publishedAt: must be an ISO 8601 date/,
    );
    // An invalid accessedAt reaches the object's refinement as the raw string: an issue, not a crash.
    expect(issues({ url: "https://example.org", accessedAt: "2016-13-01", stance: "supports" })?.[0]).toMatch(
      /^accessedAt: must be an ISO 8601 date/,
    );
  });
});
