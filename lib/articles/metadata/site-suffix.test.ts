import { describe, expect, it } from "vitest";
import { withoutSiteSuffix } from "./site-suffix";

describe("withoutSiteSuffix", () => {
  it("drops a site name after a pipe, and the publisher's name after a dash", () => {
    expect(withoutSiteSuffix("Floods close the harbour | The Daily Ledger", [])).toBe("Floods close the harbour");
    expect(withoutSiteSuffix("Floods close the harbour - Daily Ledger", ["The Daily Ledger"])).toBe(
      "Floods close the harbour",
    );
    expect(withoutSiteSuffix("Floods close the harbour | World | The Daily Ledger", [])).toBe(
      "Floods close the harbour",
    );
  });

  it("keeps dashes and pipes that are part of the headline", () => {
    expect(withoutSiteSuffix("Syria – the talks resume", ["The Daily Ledger"])).toBe("Syria – the talks resume");
    expect(withoutSiteSuffix("Floods close the harbour - and the port", [])).toBe(
      "Floods close the harbour - and the port",
    );
    expect(withoutSiteSuffix("Harbour | Closed, officials say.", [])).toBe("Harbour | Closed, officials say.");
    expect(withoutSiteSuffix("Floods close the harbour", ["The Daily Ledger"])).toBe("Floods close the harbour");
  });
});
