import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, crossSiteRefusal, trustedOrigins } from "./csrf";
import { httpStatus } from "./errors";

const APP = "http://app.local:3000";
const none = new Set<string>();

function request(method: string, headers: Record<string, string>): Request {
  return new Request(`${APP}/api/articles`, { method, headers: { host: "app.local:3000", ...headers } });
}

describe("crossSiteRefusal", () => {
  it("lets safe methods through from anywhere", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(
        crossSiteRefusal(request(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), none),
      ).toBeNull();
    }
  });

  it("refuses every state-changing method sent cross-site by a browser", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(
        crossSiteRefusal(request(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), none),
      ).toMatch(/Cross-site request refused/);
    }
  });

  it("decides by Sec-Fetch-Site when the browser sends it, refusing same-site siblings too", () => {
    expect(crossSiteRefusal(request("POST", { "sec-fetch-site": "same-origin", origin: APP }), none)).toBeNull();
    expect(crossSiteRefusal(request("POST", { "sec-fetch-site": "none" }), none)).toBeNull();
    expect(
      crossSiteRefusal(request("POST", { "sec-fetch-site": "same-site", origin: "http://other.app.local:3000" }), none),
    ).not.toBeNull();
    // A matching Origin does not override the browser's own verdict.
    expect(crossSiteRefusal(request("POST", { "sec-fetch-site": "cross-site", origin: APP }), none)).not.toBeNull();
  });

  it("falls back to comparing Origin with the Host header", () => {
    expect(crossSiteRefusal(request("POST", { origin: APP }), none)).toBeNull();
    expect(crossSiteRefusal(request("POST", { origin: "HTTP://APP.LOCAL:3000" }), none)).toBeNull();
    expect(crossSiteRefusal(request("POST", { origin: "http://app.local:3001" }), none)).not.toBeNull();
    expect(crossSiteRefusal(request("POST", { origin: "https://evil.example" }), none)).not.toBeNull();
    expect(crossSiteRefusal(request("POST", { origin: "null" }), none)).not.toBeNull();
    expect(crossSiteRefusal(request("POST", { origin: "not a url" }), none)).not.toBeNull();
  });

  it("accepts configured origins (a proxy's public address), by browser signal or Origin", () => {
    const trusted = new Set(["https://claims.example.org"]);
    expect(crossSiteRefusal(request("POST", { origin: "https://claims.example.org" }), trusted)).toBeNull();
    expect(
      crossSiteRefusal(
        request("POST", { origin: "https://claims.example.org", "sec-fetch-site": "cross-site" }),
        trusted,
      ),
    ).toBeNull();
    expect(
      crossSiteRefusal(request("POST", { origin: "https://claims.example.org.evil.example" }), trusted),
    ).not.toBeNull();
  });

  it("does not check bearer-token requests or requests that carry no browser signal at all", () => {
    expect(
      crossSiteRefusal(
        request("POST", {
          authorization: "Bearer cb_x",
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
        }),
        none,
      ),
    ).toBeNull();
    expect(crossSiteRefusal(request("DELETE", {}), none)).toBeNull();
  });
});

describe("trustedOrigins", () => {
  it("reads NEXTAUTH_URL and the comma-separated TRUSTED_ORIGINS, keeping only http(s) origins", () => {
    const origins = trustedOrigins({
      NEXTAUTH_URL: "https://claims.example.org/app",
      TRUSTED_ORIGINS: " https://a.example:8443/x , ftp://b.example,, nonsense ",
    });
    expect([...origins].sort()).toEqual(["https://a.example:8443", "https://claims.example.org"]);
    expect(trustedOrigins({}).size).toBe(0);
  });
});

describe("assertSameOrigin", () => {
  it("throws a 403 AppError with the reason", () => {
    const req = request("POST", { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    let thrown: unknown;
    try {
      assertSameOrigin(req);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(httpStatus(thrown as AppError)).toBe(403);
    expect((thrown as AppError).message).toMatch(/Authorization: Bearer/);
  });
});
