import { describe, expect, it } from "vitest";
import { urlProblem } from "./url-problem";

describe("urlProblem", () => {
  it("lets ordinary and well-encoded URLs through", () => {
    expect(urlProblem("/api/claims/abc", "")).toBeNull();
    expect(urlProblem("/api/claims/%F0%9F%98%80", "?q=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7+x&page=2")).toBeNull();
    expect(urlProblem("/api/articles/a%2Fb", "?q=100%25")).toBeNull();
    // The query is read as URLSearchParams reads it: a stray "%" or bytes that are not UTF-8 are no error.
    expect(urlProblem("/api/articles", "?q=50%")).toBeNull();
    expect(urlProblem("/api/articles", "?q=%C0%AF&x=%FF")).toBeNull();
  });

  it("refuses path escapes that are not UTF-8, and NUL in the path or the query", () => {
    expect(urlProblem("/api/claims/%FF", "")).toMatch(/path has a percent-escape that is not valid UTF-8/);
    expect(urlProblem("/api/evidence/%ED%A0%80", "")).toMatch(/not valid UTF-8/);
    expect(urlProblem("/api/claims/%E2%82", "")).toMatch(/not valid UTF-8/);
    expect(urlProblem("/api/claims/a%00b", "")).toMatch(/path contains a NUL/);
    expect(urlProblem("/api/claims", "?q=%00")).toMatch(/query contains a NUL/);
    expect(urlProblem("/api/claims", "?a=1&%00=x")).toMatch(/query contains a NUL/);
    expect(urlProblem("/api/claims/100%", "")).toMatch(/not valid UTF-8/);
  });
});
