import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "./client-address.mjs";

describe("clientAddress", () => {
  const none = trustedProxies("");
  const local = trustedProxies("127.0.0.1, ::1, 10.0.0.0/8");

  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress({ socketAddress: "203.0.113.9", forwardedFor: "6.6.6.6", proxies: none })).toBe("203.0.113.9");
    expect(clientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "6.6.6.6", proxies: none })).toBe(
      "127.0.0.1",
    );
  });

  it("believes X-Forwarded-For only from a trusted proxy, and only the entries those proxies added", () => {
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.9", proxies: local })).toBe(
      "203.0.113.9",
    );
    expect(
      clientAddress({ socketAddress: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.9, 10.1.2.3", proxies: local }),
    ).toBe("203.0.113.9");
    expect(clientAddress({ socketAddress: "198.51.100.7", forwardedFor: "10.0.0.1", proxies: local })).toBe(
      "198.51.100.7",
    );
    expect(clientAddress({ socketAddress: "::1", forwardedFor: ["garbage", "2001:db8::5"], proxies: local })).toBe(
      "2001:db8::5",
    );
  });

  it("falls back to the proxy itself when the chain says nothing usable", () => {
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: undefined, proxies: local })).toBe("127.0.0.1");
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: "not-an-address", proxies: local })).toBe(
      "127.0.0.1",
    );
  });

  it("refuses a malformed TRUSTED_PROXIES entry with its name", () => {
    expect(() => trustedProxies("10.0.0.0/8, proxy.local")).toThrow(/proxy\.local/);
  });
});
