import Link from "next/link";
import type { ClaimedArticle } from "@/lib/articles/count-claims";
import type { ClaimSort } from "@/lib/claims/schema";
import { claimKinds, claimStatuses } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/app/_components/format";
import { kindLabels, statusLabels } from "./claim-chips";
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
  invalid = new Set(),
}: {
  params: ClaimsParams;
  articles: ClaimedArticle[];
  users: AnnotatorOption[];
  /** Fields the URL gave unusable values for; they are marked so assistive tech announces it. */
  invalid?: ReadonlySet<PropertyKey>;
}) {
  const names = annotatorLabels(users);
  const bad = (key: ClaimsParamKey) => (invalid.has(key) ? true : undefined);
  return (
    <form className="card claim-filters" role="search" aria-label="Filter claims" method="get" action="/claims">
      <div className="claim-filters__grid">
        <div className="field claim-filters__wide">
          <label className="field__label" htmlFor="claims-q">
            Search
          </label>
          <input id="claims-q" name="q" aria-invalid={bad("q")} type="search" className="input" defaultValue={params.q} maxLength={200} placeholder="Quote, unit, source or note" />
        </div>
        <div className="field claim-filters__wide">
          <label className="field__label" htmlFor="claims-article">
            Article
          </label>
          <select id="claims-article" name="articleId" aria-invalid={bad("articleId")} className="select" defaultValue={params.articleId ?? ""}>
            <option value="">All articles</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title} ({formatNumber(a.claimCount)})
              </option>
            ))}
            {missingOption(params.articleId, articles, "Unknown article")}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="claims-kind">
            Kind
          </label>
          <select id="claims-kind" name="kind" aria-invalid={bad("kind")} className="select" defaultValue={params.kind ?? ""}>
            <option value="">All kinds</option>
            {claimKinds.map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="claims-status">
            Status
          </label>
          <select id="claims-status" name="status" aria-invalid={bad("status")} className="select" defaultValue={params.status ?? ""}>
            <option value="">All statuses</option>
            {claimStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="claims-author">
            Annotator
          </label>
          <select id="claims-author" name="authorId" aria-invalid={bad("authorId")} className="select" defaultValue={params.authorId ?? ""}>
            <option value="">All annotators</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {names.get(u.id)}
              </option>
            ))}
            {missingOption(params.authorId, users, "Unknown annotator")}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="claims-value-min">
            Min value
          </label>
          <input id="claims-value-min" name="valueMin" aria-invalid={bad("valueMin")} type="number" step="any" inputMode="decimal" className="input" defaultValue={params.valueMin} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="claims-value-max">
            Max value
          </label>
          <input id="claims-value-max" name="valueMax" aria-invalid={bad("valueMax")} type="number" step="any" inputMode="decimal" className="input" defaultValue={params.valueMax} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="claims-sort">
            Sort
          </label>
          <select id="claims-sort" name="sort" aria-invalid={bad("sort")} className="select" defaultValue={params.sort ?? DEFAULT_SORT}>
            {(Object.keys(sortLabels) as ClaimSort[]).map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {params.pageSize ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
      <div className="claim-filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        <Link href="/claims" className="button button--secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}
