import { describe, expect, it } from "vitest";
import { exposureReason, listenHostOf } from "./exposure";

describe("exposureReason", () => {
  it("is null for a server on loopback whose public URL is local", () => {
    for (const listenHost of ["127.0.0.1", "localhost", "::1"]) {
      expect(exposureReason({ listenHost, nodeEnv: "production", publicUrl: "http://localhost:3000" })).toBeNull();
    }
    expect(exposureReason({ listenHost: "127.0.0.1", nodeEnv: "production", publicUrl: undefined })).toBeNull();
  });

  it("names another listening address, every interface, or a public URL elsewhere", () => {
    expect(exposureReason({ listenHost: "0.0.0.0", nodeEnv: "production", publicUrl: undefined })).toBe(
      "it listens on every interface",
    );
    expect(exposureReason({ listenHost: undefined, nodeEnv: "development", publicUrl: undefined })).toBe(
      "it listens on every interface",
    );
    expect(exposureReason({ listenHost: "192.0.2.10", nodeEnv: "production", publicUrl: undefined })).toBe(
      "it listens on 192.0.2.10",
    );
    expect(
      exposureReason({ listenHost: "127.0.0.1", nodeEnv: "production", publicUrl: "https://claims.example.org" }),
    ).toBe("NEXTAUTH_URL is https://claims.example.org");
  });

  it("reads the address from -H, --hostname, or HOSTNAME", () => {
    expect(listenHostOf(["node", "next", "start", "-H", "0.0.0.0"], {})).toBe("0.0.0.0");
    expect(listenHostOf(["node", "next", "start", "--hostname=10.0.0.5"], {})).toBe("10.0.0.5");
    expect(listenHostOf(["node", "server.mjs"], { HOSTNAME: "127.0.0.1" })).toBe("127.0.0.1");
    expect(listenHostOf(["node", "next", "start"], {})).toBeUndefined();
  });
});
