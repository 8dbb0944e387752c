import { testDb, userWithToken } from "@/test/support/http";
import { newArticle, spanOf } from "@/test/support/claims";
import { STORY } from "@/test/support/review";

/** An article with one claim per status, written straight to the database (review is tested elsewhere). */
export async function fixture() {
  const annotator = await userWithToken("annotator");
  const reviewer = await userWithToken("reviewer");
  const article = await newArticle(annotator.token, STORY, "Export test");
  const db = testDb();
  const cluster = await db.cluster.create({
    data: { name: `Export cluster ${article.id}`, createdById: annotator.user.id },
  });
  const make = (phrase: string, data: Record<string, unknown>) =>
    db.claim.create({
      data: {
        articleId: article.id,
        ...spanOf(article.text, phrase),
        prefix: "",
        suffix: "",
        kind: "casualty",
        authorId: annotator.user.id,
        ...data,
      },
    });
  const approved = await make("over 30,000 people dead", {
    status: "approved",
    verdict: "supported",
    justification: 'SOHR, "30,000"\nconfirmed',
    value: 30000,
    qualifier: "more_than",
    unit: "people",
    attributedTo: "activists",
    clusterId: cluster.id,
    reviewerId: reviewer.user.id,
    approvedAt: new Date("2026-03-05T12:00:00Z"),
  });
  const approvedLater = await make("More than one million Syrians", {
    status: "approved",
    kind: "quantity",
    verdict: "refuted",
    reviewerId: reviewer.user.id,
    approvedAt: new Date("2026-04-10T08:00:00Z"),
  });
  const draft = await make("2.5 million are displaced", { status: "draft" });
  const rejected = await make("Diplomats gathered in Geneva", {
    status: "rejected",
    kind: "event",
    reviewerId: reviewer.user.id,
  });
  const submitted = await make("20-month civil war", { status: "submitted", kind: "event" });
  await db.evidence.create({
    data: { claimId: approved.id, targetClaimId: approvedLater.id, stance: "context", createdById: annotator.user.id },
  });
  await db.evidence.create({
    data: {
      claimId: approved.id,
      url: "https://example.org/toll",
      title: "Toll",
      quote: "more than 30,000",
      stance: "supports",
      accessedAt: new Date("2026-03-01T00:00:00Z"),
      createdById: annotator.user.id,
    },
  });
  return { annotator, reviewer, article, cluster, approved, approvedLater, draft, rejected, submitted };
}
