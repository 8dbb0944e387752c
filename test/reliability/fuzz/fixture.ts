/**
 * The data the fuzzer aims at: users of every role with tokens, articles whose canonical text
 * is full of astral characters, combining marks and right-to-left text (with a block removed
 * by cleaning, so restore has something to do), and claims in every review state, so that
 * near-valid requests get past the 404s into the domain code.
 */
import { randomBytes } from "node:crypto";
import { createApiToken } from "@/lib/tokens/create-api-token";
import type { Role } from "@/lib/auth/permissions";
import { api, testDb, userWithToken } from "@/test/support/http";

export interface Fixture {
  tokens: Record<Role, string>;
  /** Ids of the users behind `tokens` (never targets of a role change). */
  actorIds: string[];
  /** Articles whose text no request changes, so spans cut from it stay true. */
  articles: { id: string; text: string }[];
  /** An article with a removed block and claims, for restores (which change its text). */
  restoreArticle: { id: string; text: string };
  /** An article with drafts of its own, for submit-all (which takes every draft on it). */
  submitAllArticle: string;
  drafts: string[];
  submitted: string[];
  approved: string[];
  clusters: string[];
  evidence: string[];
  /** Users whose role the fuzzer may change. */
  targetUsers: string[];
  /** Spare tokens of the annotator (revocable), and one of another user (not theirs to revoke). */
  spareTokens: string[];
  /** Credentials that sign in (the annotator's). */
  signIn: { email: string; password: string };
  /** Every claim id made during set-up. */
  allClaims(): string[];
  /** A project managed by the reviewer, N = 2, with the annotator as member, two articles and an assignment. */
  project: { id: string; annotatorId: string; memberId: string; articleIds: string[]; assignments: string[] };
}

/** Letters only: digits would be spotted as figures by the claim spotter. */
export function marker(): string {
  return randomBytes(6)
    .toString("hex")
    .replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)] ?? "g");
}

/** Paragraphs built around the text that trips offset arithmetic. */
function articleText(m: string): string {
  return [
    `Fuzz report ${m}`,
    `The 😀 agency said over 30,000 people 👩‍👩‍👧 were counted in مرحبا بالعالم and in שלום עולם by ${m} officials.`,
    "Share this article",
    `Cafe\u0301 owners in 𝕳𝖊𝖑𝖑𝖔 town reported 250 tonnes of grain 𠜎𠜱 shipped \u202Ebackwards\u202C in 2016, a ${m} survey found.`,
    `More than 1.5 million 🇺🇦 residents, Z\u0351\u0308\u034c said, moved in the first half of the year ${m}.`,
  ].join("\n\n");
}

async function expectStatus(res: { status: number; data: unknown }, status: number, what: string) {
  if (res.status !== status) throw new Error(`fixture: ${what} answered ${res.status}: ${JSON.stringify(res.data)}`);
}

function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return { start, end: start + phrase.length, exact: phrase };
}

export async function buildFixture(): Promise<Fixture> {
  const [annotator, reviewer, admin, other] = await Promise.all([
    userWithToken("annotator"),
    userWithToken("reviewer"),
    userWithToken("admin"),
    userWithToken("annotator"),
  ]);
  const tokens: Record<Role, string> = { annotator: annotator.token, reviewer: reviewer.token, admin: admin.token };

  const articles: Fixture["articles"] = [];
  for (let i = 0; i < 4; i++) {
    // Both articles share a template, so `force` keeps near-duplicate detection from merging them.
    const created = await api("/api/articles?force=true", {
      method: "POST",
      token: tokens.annotator,
      json: { title: `Fuzz ${marker()}`, text: articleText(marker()) },
    });
    await expectStatus(created, 201, "article import");
    const read = await api(`/api/articles/${created.data.id}`, { token: tokens.annotator });
    articles.push({ id: created.data.id as string, text: read.data.text as string });
  }

  const [restoreArticle, submitAllArticle] = articles.splice(2, 2) as [
    Fixture["restoreArticle"],
    Fixture["restoreArticle"],
  ];
  for (const article of [restoreArticle, submitAllArticle]) {
    for (const phrase of ["😀 agency", "250 tonnes of grain 𠜎𠜱", "1.5 million 🇺🇦"]) {
      const res = await api(`/api/articles/${article.id}/claims`, {
        method: "POST",
        token: tokens.annotator,
        json: { ...spanOf(article.text, phrase), kind: "quantity" },
      });
      await expectStatus(res, 201, "claim create");
    }
  }

  const phrases = [
    "over 30,000 people",
    "😀 agency",
    "مرحبا بالعالم",
    "250 tonnes of grain 𠜎𠜱",
    "1.5 million 🇺🇦",
    "owners in 𝕳𝖊𝖑𝖑𝖔",
  ];
  const claims: string[] = [];
  for (const article of articles) {
    for (const phrase of phrases) {
      const res = await api(`/api/articles/${article.id}/claims`, {
        method: "POST",
        token: tokens.annotator,
        json: { ...spanOf(article.text, phrase), kind: "quantity", value: 1 },
      });
      await expectStatus(res, 201, "claim create");
      claims.push(res.data.id as string);
    }
  }
  // Six drafts, three submitted, three approved.
  const drafts = claims.slice(0, 6);
  const submitted: string[] = [];
  const approved: string[] = [];
  for (const [i, id] of claims.slice(6).entries()) {
    const sub = await api(`/api/claims/${id}/submit`, {
      method: "POST",
      token: tokens.annotator,
      json: { version: 1 },
    });
    await expectStatus(sub, 200, "submit");
    if (i < 3) {
      submitted.push(id);
      continue;
    }
    const rev = await api(`/api/claims/${id}/review`, {
      method: "POST",
      token: tokens.reviewer,
      json: { decision: "approve", version: sub.data.claim.version },
    });
    await expectStatus(rev, 200, "approve");
    approved.push(id);
  }

  const clusters: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await api("/api/clusters", {
      method: "POST",
      token: tokens.annotator,
      json: { name: `Fuzz cluster ${marker()}` },
    });
    await expectStatus(res, 201, "cluster create");
    clusters.push(res.data.id as string);
  }
  const evidence: string[] = [];
  // Between claims no request can delete (submitted and approved ones), so the links outlive DELETE /api/claims.
  // A reviewer's: evidence on an approved claim needs claims.review.
  for (const [i, target] of [submitted[0], submitted[1]].entries()) {
    const res = await api(`/api/claims/${approved[0]}/evidence`, {
      method: "POST",
      token: tokens.reviewer,
      json: { targetClaimId: target, stance: i ? "refutes" : "supports" },
    });
    await expectStatus(res, 201, "evidence link");
    evidence.push(res.data.id as string);
  }

  const targetUsers: string[] = [];
  for (let i = 0; i < 2; i++) targetUsers.push((await userWithToken("annotator")).user.id);

  const spareTokens: string[] = [other.tokenId];
  for (let i = 0; i < 4; i++)
    spareTokens.push(
      (await createApiToken({ db: testDb(), userId: annotator.user.id, input: { name: `spare ${i}` } })).id,
    );

  const project = await api("/api/projects", {
    method: "POST",
    token: tokens.reviewer,
    json: { name: `Fuzz project ${marker()}`, annotatorsPerArticle: 2 },
  });
  await expectStatus(project, 201, "project create");
  const projectId = project.data.id as string;
  const projectArticles: string[] = [];
  for (let i = 0; i < 2; i++) {
    const created = await api("/api/articles?force=true", {
      method: "POST",
      token: tokens.reviewer,
      json: { title: `Fuzz project article ${marker()}`, text: articleText(marker()) },
    });
    await expectStatus(created, 201, "project article import");
    projectArticles.push(created.data.id as string);
  }
  const included = await api(`/api/projects/${projectId}/articles`, {
    method: "POST",
    token: tokens.reviewer,
    json: { articleIds: projectArticles },
  });
  await expectStatus(included, 200, "project articles");
  const member = await api(`/api/projects/${projectId}/members`, {
    method: "POST",
    token: tokens.reviewer,
    json: { userId: annotator.user.id, role: "annotator" },
  });
  await expectStatus(member, 201, "project member");
  const taken = await api(`/api/projects/${projectId}/queue/next`, { method: "POST", token: tokens.annotator });
  await expectStatus(taken, 201, "queue next");

  return {
    project: {
      id: projectId,
      annotatorId: annotator.user.id,
      memberId: member.data.id as string,
      articleIds: projectArticles,
      assignments: [taken.data.id as string],
    },
    tokens,
    actorIds: [annotator.user.id, reviewer.user.id, admin.user.id],
    articles,
    restoreArticle,
    submitAllArticle: submitAllArticle.id,
    drafts,
    submitted,
    approved,
    clusters,
    evidence,
    targetUsers,
    spareTokens,
    signIn: { email: annotator.user.email, password: annotator.password },
    allClaims: () => claims,
  };
}
