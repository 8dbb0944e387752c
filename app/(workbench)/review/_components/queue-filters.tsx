import { claimKinds } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { FilterBar, SelectField } from "@/app/(workbench)/_components/filter-bar";
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
    <FilterBar
      action="/review"
      label="Filter the queue"
      className="queue-filters"
      actionsClassName="queue-filters__actions"
    >
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
    </FilterBar>
  );
}
