import type { ClaimedArticle } from "@/lib/articles/count-claims";
import type { ClaimSort } from "@/lib/claims/schema";
import { claimStatuses } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { FilterBar, InputField, SelectField } from "@/app/(workbench)/_components/filter-bar";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { DEFAULT_SORT, type ClaimsParamKey, type ClaimsParams } from "./claims-href";

/** In the order the sort menu lists them: the default first. */
export const sortLabels: Record<ClaimSort, string> = {
  "-created": "Newest first",
  created: "Oldest first",
  value: "Value, low to high",
  "-value": "Value, high to low",
  article: "Article title, A–Z",
  kind: "Kind",
  status: "Status",
};

export interface AnnotatorOption {
  id: string;
  name: string;
  email: string;
}

/** Names are not unique; the email tells two people with the same name apart. */
function annotatorLabels(users: AnnotatorOption[]): Map<string, string> {
  const seen = new Map<string, number>();
  for (const u of users) seen.set(u.name, (seen.get(u.name) ?? 0) + 1);
  return new Map(users.map((u) => [u.id, (seen.get(u.name) ?? 0) > 1 ? `${u.name} (${u.email})` : u.name]));
}

/**
 * An option for a value the URL selects but the list does not hold (a deleted user, a stale
 * link), so the form shows the filter that is really applied instead of silently "All".
 */
function missingOption(value: string | undefined, known: { id: string }[], label: string) {
  if (value === undefined || known.some((k) => k.id === value)) return null;
  return <option value={value}>{label}</option>;
}

/**
 * The filter bar: a plain GET form, so the URL holds the whole state (shareable, bookmarkable,
 * works without JavaScript). Applying starts again at page 1; the sort stays as chosen.
 */
export function ClaimFilters({
  params,
  articles,
  users,
  kinds,
  invalid = new Set(),
}: {
  params: ClaimsParams;
  articles: ClaimedArticle[];
  users: AnnotatorOption[];
  /** The current project's kinds (its schema), in order. */
  kinds: { key: string; label: string }[];
  /** Fields the URL gave unusable values for; they are marked so assistive tech announces it. */
  invalid?: ReadonlySet<PropertyKey>;
}) {
  const names = annotatorLabels(users);
  const bad = (key: ClaimsParamKey) => (invalid.has(key) ? true : undefined);
  return (
    <FilterBar
      action="/claims"
      label="Filter claims"
      className="claim-filters"
      actionsClassName="claim-filters__actions"
    >
      <div className="claim-filters__grid">
        <InputField
          id="claims-q"
          name="q"
          label="Search"
          className="field claim-filters__wide"
          invalid={bad("q")}
          type="search"
          defaultValue={params.q}
          maxLength={200}
          placeholder="Quote, unit, source or note"
        />
        <SelectField
          id="claims-article"
          name="articleId"
          label="Article"
          className="field claim-filters__wide"
          value={params.articleId}
          anyLabel="All articles"
          invalid={bad("articleId")}
          options={articles.map((a) => ({ value: a.id, label: `${a.title} (${formatNumber(a.claimCount)})` }))}
        >
          {missingOption(params.articleId, articles, "Unknown article")}
        </SelectField>
        <SelectField
          id="claims-kind"
          name="kind"
          label="Kind"
          value={params.kind}
          anyLabel="All kinds"
          invalid={bad("kind")}
          options={kinds.map((k) => ({ value: k.key, label: k.label }))}
        />
        <SelectField
          id="claims-status"
          name="status"
          label="Status"
          value={params.status}
          anyLabel="All statuses"
          invalid={bad("status")}
          options={claimStatuses.map((st) => ({ value: st, label: statusLabels[st] }))}
        />
        <SelectField
          id="claims-author"
          name="authorId"
          label="Annotator"
          value={params.authorId}
          anyLabel="All annotators"
          invalid={bad("authorId")}
          options={users.map((u) => ({ value: u.id, label: names.get(u.id) ?? u.name }))}
        >
          {missingOption(params.authorId, users, "Unknown annotator")}
        </SelectField>
        <InputField
          id="claims-value-min"
          name="valueMin"
          label="Min value"
          invalid={bad("valueMin")}
          type="number"
          step="any"
          inputMode="decimal"
          defaultValue={params.valueMin}
        />
        <InputField
          id="claims-value-max"
          name="valueMax"
          label="Max value"
          invalid={bad("valueMax")}
          type="number"
          step="any"
          inputMode="decimal"
          defaultValue={params.valueMax}
        />
        <div className="field">
          <label className="field__label" htmlFor="claims-sort">
            Sort
          </label>
          <select
            id="claims-sort"
            name="sort"
            aria-invalid={bad("sort")}
            className="select"
            defaultValue={params.sort ?? DEFAULT_SORT}
          >
            {(Object.keys(sortLabels) as ClaimSort[]).map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {params.pageSize ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
    </FilterBar>
  );
}
