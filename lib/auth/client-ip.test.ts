import { describe, expect, it } from "vitest";
import { clientIp } from "./options";

describe("clientIp", () => {
  it("takes the address next start filled in, or the one the nearest proxy appended, never what the client put in front", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "1.1.1.1,2.2.2.2 , 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] })).toBe("203.0.113.9");
  });

  it("counts further in with more trusted proxies, never past the first entry", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" };
    expect(clientIp(headers, 2)).toBe("203.0.113.9");
    expect(clientIp(headers, 5)).toBe("6.6.6.6");
    expect(clientIp(headers, 0)).toBe("10.0.0.2");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientIp({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp({ "x-forwarded-for": " , ", "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp({})).toBe("local");
  });
});
