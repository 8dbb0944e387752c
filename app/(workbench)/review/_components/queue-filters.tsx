import Link from "next/link";
import { claimKinds } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { SelectField } from "@/app/_components/select-field";
import { kindLabels } from "@/app/(workbench)/_components/claim-labels";

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
      <SelectField
        id="queue-article"
        name="articleId"
        label="Article"
        className="field queue-filters__article"
        value={values.articleId}
        anyLabel="All articles"
        options={articles.map((a) => ({ value: a.id, label: `${a.title} (${formatNumber(a.waiting)})` }))}
      />
      <SelectField
        id="queue-kind"
        name="kind"
        label="Kind"
        value={values.kind}
        anyLabel="All kinds"
        options={claimKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
      />
      <SelectField
        id="queue-annotator"
        name="authorId"
        label="Annotator"
        value={values.authorId}
        anyLabel="All annotators"
        options={annotators.map((u) => ({ value: u.id, label: `${u.name} (${formatNumber(u.waiting)})` }))}
      />
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
