/**
 * Shared set-up for the evidence and cluster integration tests: the Syrian death tolls of the
 * issue, on two fresh articles (unique marker in each text, so de-duplication never hands back
 * another test's row).
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { api } from "@/test/support/http";
import { newClaim } from "@/test/support/claims";

const DECEMBER_2012 =
  "Russia is against tougher U.N. action to end Syria's 20-month civil war that has left over 30,000 people dead. " +
  "The plan demanded an end to the violence that activists say has killed more than 40,000 people since March 2011.";
const FEBRUARY_2016 =
  "More than 260,000 people have been killed and half the population displaced since Syria's conflict began in 2011.";

/** A new dated article; returns its id and canonical text. */
export async function datedArticle(
  token: string,
  body: string,
  meta: { title: string; publisher: string; publishedAt: string },
) {
  const marker = randomBytes(4).toString("hex");
  const created = await api("/api/articles", {
    method: "POST",
    token,
    json: { ...meta, title: `${meta.title} ${marker}`, text: `${body}\n\nMarker ${marker}.` },
  });
  expect(created.status, JSON.stringify(created.data)).toBe(201);
  const read = await api(`/api/articles/${created.data.id}`, { token });
  return { id: created.data.id as string, text: read.data.text as string };
}

/** The three death-toll claims of the issue, by one annotator. */
export async function deathTolls(token: string) {
  const dec = await datedArticle(token, DECEMBER_2012, {
    title: "Clinton meets Lavrov",
    publisher: "Neon Tommy",
    publishedAt: "2012-12-06",
  });
  const feb = await datedArticle(token, FEBRUARY_2016, {
    title: "Russia ready to discuss ceasefire",
    publisher: "AFP",
    publishedAt: "2016-02-11",
  });
  const toll = { kind: "casualty", qualifier: "more_than" };
  const over30k = await newClaim(token, dec, "over 30,000 people dead", { ...toll, value: 30000, unit: "people dead" });
  const over40k = await newClaim(token, dec, "more than 40,000 people", {
    ...toll,
    value: 40000,
    unit: "people",
    attributedTo: "activists",
    timeRef: "since March 2011",
  });
  const over260k = await newClaim(token, feb, "More than 260,000 people have been killed", {
    ...toll,
    value: 260000,
    unit: "people killed",
  });
  return { dec, feb, over30k, over40k, over260k };
}
