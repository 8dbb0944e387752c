import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { testDb } from "@/test/support/http";
import { annotatedArticle } from "@/test/support/adjudication";
import { AgreementQuery } from "./filters";
import { getDisagreements } from "./get-disagreements";

const db = () => testDb();
const casualty = { kind: "casualty", qualifier: "more_than", unit: "people" };
const query = (q: Record<string, string> = {}) => AgreementQuery.parse(q);

describe("the disagreements behind an agreement figure", () => {
  it("lists the units that differ, on one attribute, with every annotator's claim and the text around them", async () => {
    const f = await annotatedArticle(db(), {
      claims: [
        { annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 },
        { annotator: 1, phrase: "over 30,000 people dead", ...casualty, value: 3000 },
        { annotator: 0, phrase: "more than 40,000 people", ...casualty, value: 40000 },
      ],
    });
    const actor = { id: f.reviewer.id, role: "reviewer" as const };
    const [a, b] = f.annotators.map((u) => u.id);
    const base = { db: db(), actor, projectId: f.project.id, query: query({ article: f.article.id }) };

    const all = await getDisagreements(base);
    expect(all.total).toBe(2);
    expect(all.units.map((u) => u.differs)).toEqual([["value"], ["finding"]]);
    const [value, missed] = all.units;
    expect(value.claims[a]?.value).toBe(30000);
    expect(value.claims[b]?.value).toBe(3000);
    expect(missed.claims[b]).toBeNull();
    // The excerpt holds the unit and the words around it, at the offset it starts from.
    expect(value.excerpt.text.slice(value.start - value.excerpt.start, value.end - value.excerpt.start)).toBe(
      "over 30,000 people dead",
    );
    expect(value.excerpt.text.length).toBeGreaterThan("over 30,000 people dead".length);
    expect(value.title).toBe(f.article.title);
    expect(all.annotators.map((x) => x.id).sort()).toEqual([a, b].sort());

    const onValue = await getDisagreements({ ...base, attribute: "value" });
    expect(onValue.total).toBe(1);
    expect(onValue.units[0].id).toBe(value.id);
    expect((await getDisagreements({ ...base, attribute: "kind" })).total).toBe(0);
    expect((await getDisagreements({ ...base, of: a, limit: 1 })).units).toHaveLength(1);
    expect((await getDisagreements({ ...base, of: "nobody" })).total).toBe(0);
  });

  it("is for the project's reviewers: an annotator is refused", async () => {
    const f = await annotatedArticle(db(), {
      claims: [{ annotator: 0, phrase: "over 30,000 people dead", ...casualty, value: 30000 }],
    });
    const annotator = { id: f.annotators[0].id, role: "annotator" as const };
    await expect(
      getDisagreements({ db: db(), actor: annotator, projectId: f.project.id, query: query() }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
