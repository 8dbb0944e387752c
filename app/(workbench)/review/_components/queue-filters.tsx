import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { FilterBar, SelectField } from "@/app/(workbench)/_components/filter-bar";

export interface QueueFilterValues {
  articleId?: string;
  kind?: string;
  authorId?: string;
}

/**
 * A plain GET form, so a filtered queue is a link that can be shared and works without script.
 * The kinds are the current project's schema.
 */
export function QueueFilters({
  values,
  articles,
  kinds,
  annotators,
}: {
  values: QueueFilterValues;
  articles: { id: string; title: string; waiting: number }[];
  kinds: { key: string; label: string }[];
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
        options={kinds.map((k) => ({ value: k.key, label: k.label }))}
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
