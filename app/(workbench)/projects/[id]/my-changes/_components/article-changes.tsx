/**
 * One adjudicated article in "What changed in my work": each of the annotator's claims and what
 * became of it (kept, changed field by field, replaced by another version, rejected), with the
 * adjudicator's reason and comment; then the gold claims they did not make.
 */
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import type { MyChangesArticle } from "@/lib/adjudication/list-my-changes";

const REASONS: Record<string, string> = {
  ambiguous_text: "ambiguous text",
  guideline_gap: "guideline gap",
  annotator_error: "annotator error",
  not_a_claim: "not a claim",
  other: "other",
};
const FIELDS: Record<string, string> = {
  start: "Start",
  end: "End",
  kind: "Kind",
  value: "Value",
  qualifier: "Qualifier",
  valueMax: "Upper value",
  unit: "Unit",
  timeRef: "Time reference",
  attributedTo: "Attributed to",
  verdict: "Verdict",
};
const OUTCOMES = {
  kept: "Kept as you made it",
  changed: "Changed",
  replaced: "Another version was taken",
  rejected: "Rejected",
  pending: "Not decided yet",
} as const;

type Outcome = MyChangesArticle["claims"][number];
type Gold = MyChangesArticle["missed"][number];

const show = (field: string, v: string | number | null, kindLabel: (k: string) => string) => {
  if (v === null) return "—";
  if (field === "kind") return kindLabel(String(v));
  if (typeof v === "number" && field !== "start" && field !== "end") return formatNumber(v);
  return String(v);
};

function Why({ reasonCode, comment, by }: { reasonCode: string | null; comment: string | null; by: string | null }) {
  if (!reasonCode && !comment && !by) return null;
  return (
    <p className="change__why">
      {reasonCode ? <>Reason: {REASONS[reasonCode] ?? reasonCode}. </> : null}
      {comment ? <>&ldquo;{comment}&rdquo; </> : null}
      {by ? <span className="muted">— {by}</span> : null}
    </p>
  );
}

export function ArticleChanges({
  article,
  kindLabel,
}: {
  article: MyChangesArticle;
  kindLabel: (key: string) => string;
}) {
  const by = (id: string | null) => (id ? (article.adjudicators[id] ?? null) : null);
  const summary = (c: { exact: string; kind: string; value: number | null }) =>
    `${kindLabel(c.kind)}${c.value !== null ? `, ${formatNumber(c.value)}` : ""}`;
  const item = (o: Outcome) => (
    <li key={o.claim.id} className={`change change--${o.outcome}`}>
      <p className="change__head">
        <span className="change__outcome">{OUTCOMES[o.outcome]}</span> <q>{o.claim.exact}</q>{" "}
        <span className="muted">({summary(o.claim)})</span>
      </p>
      {o.outcome === "changed" || o.outcome === "replaced" ? (
        <>
          <table className="change__fields">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Yours</th>
                <th scope="col">Gold</th>
              </tr>
            </thead>
            <tbody>
              {o.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{FIELDS[c.field] ?? c.field}</th>
                  <td>{show(c.field, c.mine, kindLabel)}</td>
                  <td>{show(c.field, c.gold, kindLabel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Why reasonCode={o.gold.reasonCode} comment={o.gold.comment} by={by(o.gold.adjudicatorId)} />
        </>
      ) : o.outcome === "kept" ? (
        <Why reasonCode={o.gold.reasonCode} comment={o.gold.comment} by={by(o.gold.adjudicatorId)} />
      ) : o.outcome === "rejected" ? (
        <Why reasonCode={o.rejection.reasonCode} comment={o.rejection.comment} by={by(o.rejection.adjudicatorId)} />
      ) : null}
    </li>
  );
  const missed = (g: Gold) => (
    <li key={g.id} className="change change--missed">
      <p className="change__head">
        <span className="change__outcome">You did not make this claim</span> <q>{g.exact}</q>{" "}
        <span className="muted">({summary(g)})</span>
      </p>
      <Why reasonCode={g.reasonCode} comment={g.comment} by={by(g.adjudicatorId)} />
    </li>
  );
  return (
    <article className="card card--padded article-changes" aria-labelledby={`changes-${article.articleId}`}>
      <header className="article-changes__head">
        <h3 id={`changes-${article.articleId}`}>{article.title}</h3>
        <span className="muted">
          adjudicated{" "}
          <time dateTime={isoDate(new Date(article.adjudicatedAt))}>{formatDate(new Date(article.adjudicatedAt))}</time>
        </span>
      </header>
      {article.claims.length === 0 ? <p className="muted">You made no claim on this article.</p> : null}
      <ul className="change-list">
        {article.claims.map(item)}
        {article.missed.map(missed)}
      </ul>
    </article>
  );
}
