import { describe, expect, it } from "vitest";
import { apiHref, pageSearch, parseParams, readParams } from "./agreement-params";
import { sortArticles } from "./article-table";
import { agreementColour, formatCoefficient } from "./coefficient-figure";
import type { ArticleAgreement } from "@/lib/agreement/report";

describe("agreement page parameters", () => {
  it("reads one annotator parameter per checkbox, and comma lists", () => {
    expect(readParams({ annotator: ["a", "b,c", " ", "a"], kind: " casualty ", from: "" })).toEqual({
      kind: "casualty",
      annotators: ["a", "b", "c"],
      from: undefined,
      to: undefined,
    });
  });

  it("drops what the API would refuse and says why, keeping the rest", () => {
    const { params, query, problems } = parseParams({
      kind: "casualty",
      annotators: ["only-one"],
      from: "2024-02-30x",
      to: "2024-05-31",
    });
    expect(params).toEqual({ kind: "casualty", annotators: [], from: undefined, to: "2024-05-31" });
    expect(query.kind).toEqual(["casualty"]);
    expect(query.annotators).toBeUndefined();
    expect(problems.map((p) => p.key).sort()).toEqual(["annotators", "from"]);
    expect(problems.find((p) => p.key === "annotators")?.message).toContain("at least two");
  });

  it("refuses a range that ends before it starts", () => {
    const { params, problems } = parseParams({ annotators: [], from: "2024-06-01", to: "2024-05-01" });
    expect(problems).toHaveLength(1);
    expect(params.from).toBeUndefined();
    expect(params.to).toBe("2024-05-01");
  });

  it("builds the page's links and the API's downloads from the same filters", () => {
    const p = { kind: "casualty", annotators: ["a", "b"], from: "2024-01-01", to: undefined };
    expect(pageSearch(p, { sort: "title", dir: undefined })).toBe(
      "?kind=casualty&annotator=a&annotator=b&from=2024-01-01&sort=title",
    );
    expect(apiHref("p 1", p, "csv")).toBe(
      "/api/projects/p%201/agreement?kind=casualty&annotators=a%2Cb&from=2024-01-01&format=csv",
    );
    expect(pageSearch({ annotators: [] })).toBe("");
  });
});

describe("agreement figures", () => {
  it("shows two decimals, a true minus, and no negative zero", () => {
    expect(formatCoefficient(0.6666)).toBe("0.67");
    expect(formatCoefficient(-0.25)).toBe("−0.25");
    expect(formatCoefficient(-1e-12)).toBe("0.00");
    expect(formatCoefficient(null)).toBe("—");
  });

  it("colours from red through amber to green, grey for nothing", () => {
    expect(agreementColour(-0.4)).toBe(agreementColour(0));
    expect(agreementColour(0)).toBe("rgb(248 215 210)");
    expect(agreementColour(0.5)).toBe("rgb(252 236 196)");
    expect(agreementColour(1)).toBe("rgb(196 234 205)");
    expect(agreementColour(null)).toBe("#eef0f3");
  });

  it("sorts articles by a figure either way, those without it last", () => {
    const row = (articleId: string, finding: number | null) =>
      ({ articleId, title: articleId, measures: { finding: { value: finding } } }) as unknown as ArticleAgreement;
    const rows = [row("b", 0.9), row("a", null), row("c", 0.1), row("d", 0.9)];
    expect(sortArticles(rows, "finding", "asc").map((r) => r.articleId)).toEqual(["c", "b", "d", "a"]);
    expect(sortArticles(rows, "finding", "desc").map((r) => r.articleId)).toEqual(["b", "d", "c", "a"]);
    expect(sortArticles(rows, "title", "desc").map((r) => r.articleId)).toEqual(["d", "c", "b", "a"]);
  });
});
