import Link from "next/link";
import { claimKinds } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/app/_components/format";
import { kindLabels } from "../../claims/_components/claim-chips";

export interface QueueFilterValues {
  articleId?: string;
  kind?: string;
  authorId?: string;
}

/** A plain GET form, so a filtered queue is a link that can be shared and works without script. */
export function QueueFilters({
  values,
  articles,
  annotators,
}: {
  values: QueueFilterValues;
  articles: { id: string; title: string; waiting: number }[];
  annotators: { id: string; name: string; waiting: number }[];
}) {
  return (
    <form className="card queue-filters" role="search" aria-label="Filter the queue" method="get" action="/review">
      <div className="field queue-filters__article">
        <label className="field__label" htmlFor="queue-article">
          Article
        </label>
        <select id="queue-article" name="articleId" className="select" defaultValue={values.articleId ?? ""}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title} ({formatNumber(a.waiting)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="queue-kind">
          Kind
        </label>
        <select id="queue-kind" name="kind" className="select" defaultValue={values.kind ?? ""}>
          <option value="">All kinds</option>
          {claimKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="queue-annotator">
          Annotator
        </label>
        <select id="queue-annotator" name="authorId" className="select" defaultValue={values.authorId ?? ""}>
          <option value="">All annotators</option>
          {annotators.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({formatNumber(u.waiting)})
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        <Link href="/review" className="button button--secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}
