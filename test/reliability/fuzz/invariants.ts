/**
 * What must hold after any amount of hostile traffic: every anchored claim's quote is exactly
 * its article's text at its offsets (read through the API and straight from the database), no
 * stored text holds a NUL, and no record was half written (each claim and cluster has the
 * audit event of its creation).
 */
import { api, testDb } from "@/test/support/http";
import { splitsSurrogatePair } from "@/lib/anchors/selectors";

/**
 * Every broken invariant among the given articles (and all their claims) and clusters, as
 * sentences; empty when all hold. Limited to what the fuzzer touched, since other test files
 * share the database.
 */
export async function invariantViolations(
  token: string,
  scope: { articles: string[]; clusters: string[] },
): Promise<string[]> {
  const db = testDb();
  const problems: string[] = [];
  const claims = await db.claim.findMany({
    where: { articleId: { in: scope.articles } },
    select: {
      id: true,
      articleId: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      anchorStatus: true,
      note: true,
      unit: true,
      timeRef: true,
      attributedTo: true,
      justification: true,
    },
  });
  const articleIds = [...new Set(claims.map((c) => c.articleId))];
  const texts = new Map<string, string>();
  for (const a of await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, text: true } }))
    texts.set(a.id, a.text);

  for (const c of claims) {
    const text = texts.get(c.articleId);
    if (text === undefined) {
      problems.push(`claim ${c.id} points at a missing article ${c.articleId}`);
      continue;
    }
    for (const [name, v] of Object.entries(c))
      if (typeof v === "string" && v.includes("\u0000")) problems.push(`claim ${c.id} stores a NUL in ${name}`);
    if (c.anchorStatus !== "anchored") continue;
    if (!(
      Number.isSafeInteger(c.start) &&
      Number.isSafeInteger(c.end) &&
      c.start >= 0 &&
      c.start < c.end &&
      c.end <= text.length
    )) {
      problems.push(`claim ${c.id} has an impossible span [${c.start}, ${c.end}) in a text of length ${text.length}`);
      continue;
    }
    if (c.exact !== text.slice(c.start, c.end))
      problems.push(
        `claim ${c.id} (db): exact ${JSON.stringify(c.exact)} != text.slice(${c.start}, ${c.end}) ${JSON.stringify(text.slice(c.start, c.end))}`,
      );
    if (c.prefix !== text.slice(c.start - c.prefix.length, c.start))
      problems.push(`claim ${c.id} (db): prefix does not end where the quote starts`);
    if (c.suffix !== text.slice(c.end, c.end + c.suffix.length))
      problems.push(`claim ${c.id} (db): suffix does not start where the quote ends`);
    if (splitsSurrogatePair(text, c.start) || splitsSurrogatePair(text, c.end))
      problems.push(`claim ${c.id} splits a surrogate pair at [${c.start}, ${c.end})`);
  }

  // The same through the API, as a client sees it.
  const anchored = new Set(claims.filter((c) => c.anchorStatus === "anchored").map((c) => c.id));
  for (const articleId of articleIds) {
    const article = await api(`/api/articles/${articleId}`, { token });
    const list = await api(`/api/articles/${articleId}/claims`, { token });
    if (article.status !== 200 || list.status !== 200) {
      problems.push(`article ${articleId}: GET answered ${article.status} / ${list.status}`);
      continue;
    }
    const text = article.data.text as string;
    for (const c of list.data.items as { id: string; start: number; end: number; exact: string }[]) {
      if (anchored.has(c.id) && c.exact !== text.slice(c.start, c.end))
        problems.push(`claim ${c.id} (api): exact ${JSON.stringify(c.exact)} != text.slice(${c.start}, ${c.end})`);
    }
  }

  const created = new Set(
    (
      await db.auditEvent.findMany({
        where: { action: { in: ["claim.create", "cluster.create"] } },
        select: { entityId: true },
      })
    ).map((e) => e.entityId),
  );
  for (const c of claims)
    if (!created.has(c.id)) problems.push(`claim ${c.id} has no claim.create audit event (half-written)`);
  for (const cl of await db.cluster.findMany({
    where: { id: { in: scope.clusters } },
    select: { id: true, name: true, description: true },
  })) {
    if (!created.has(cl.id)) problems.push(`cluster ${cl.id} has no cluster.create audit event (half-written)`);
    if (`${cl.name}${cl.description ?? ""}`.includes("\u0000")) problems.push(`cluster ${cl.id} stores a NUL`);
  }
  for (const a of await db.article.findMany({
    where: { id: { in: scope.articles } },
    select: { id: true, title: true, publisher: true, author: true, url: true },
  })) {
    for (const [name, v] of Object.entries(a))
      if (typeof v === "string" && v.includes("\u0000")) problems.push(`article ${a.id} stores a NUL in ${name}`);
  }
  return problems;
}
