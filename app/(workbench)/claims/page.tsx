import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { listClaimedArticles } from "@/lib/articles/count-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { ListClaimsQuery } from "@/lib/claims/schema";
import { databaseProvider, getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listUsers } from "@/lib/users/list-users";
import { listProjectKinds } from "@/lib/projects/list-project-kinds";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import type { SearchParams } from "@/app/_components/search-params";
import { Pagination } from "@/app/(workbench)/_components/pagination";
import { getClaimScope } from "@/app/(workbench)/_components/current-project";
import { ClaimFilters, sortLabels } from "./_components/claim-filters";
import { ClaimTable } from "./_components/claim-table";
import {
  claimsHref,
  hasBlankParams,
  readClaimsParams,
  type ClaimsParamKey,
  type ClaimsParams,
} from "./_components/claims-href";
import { describeQueryProblems } from "./_components/query-problems";
import "./claims.css";

export const metadata: Metadata = { title: "Claims" };

function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? "" : "s"}`;
}

const filterKeys = [
  "q",
  "articleId",
  "kind",
  "status",
  "authorId",
  "valueMin",
  "valueMax",
] as const satisfies readonly ClaimsParamKey[];

/** Whether anything narrows the list (sort and paging do not). */
function isFiltered(params: ClaimsParams): boolean {
  return filterKeys.some((k) => params[k] !== undefined);
}

type ClaimsResult = Awaited<ReturnType<typeof listClaims>>;

function EmptyState({ result, params, filtered }: { result: ClaimsResult; params: ClaimsParams; filtered: boolean }) {
  if (result.total > 0) {
    return (
      <div className="card empty-state">
        <p className="empty-state__title">There is no page {result.page}.</p>
        <p>
          <Link href={claimsHref({ ...params, page: undefined })}>Go to the first page</Link>.
        </p>
      </div>
    );
  }
  return filtered ? (
    <div className="card empty-state">
      <p className="empty-state__title">No claims match these filters.</p>
      <p>
        Widen or remove a filter, or <Link href="/claims">show all claims</Link>.
      </p>
    </div>
  ) : (
    <div className="card empty-state">
      <p className="empty-state__title">No claims yet.</p>
      <p>
        Open an <Link href="/articles">article</Link> and highlight a claim; it will be listed here.
      </p>
    </div>
  );
}

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const params = readClaimsParams(raw);
  const href = claimsHref(params);
  const actor = await requireActor(href, "articles.read");
  // The filter form sends every field; "?q=&kind=casualty&…" becomes "?kind=casualty".
  if (hasBlankParams(raw)) redirect(href);

  // The header's current project: its claims that the caller may see (blind: their own).
  const db = getDb();
  const scope = await getClaimScope(actor);
  const parsed = ListClaimsQuery.safeParse(params);
  // Kinds are the project's: a link may name one this project does not have.
  const kinds = scope.projectId ? await listProjectKinds({ db, projectId: scope.projectId }) : [];
  const unknownKind =
    params.kind !== undefined && !kinds.some((k) => k.key === params.kind)
      ? `Kind “${params.kind.slice(0, 40)}” must be one of: ${kinds.map((k) => k.key).join(", ")}`
      : null;
  const [listed, articles, users] = await Promise.all([
    parsed.success && !unknownKind && scope.projectId
      ? listClaims({
          db,
          actor,
          query: { ...parsed.data, projectId: scope.projectId },
          provider: databaseProvider(),
        }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === "bad_request") return error;
          throw error;
        })
      : null,
    listClaimedArticles({ db, include: params.articleId, visible: scope.visible }),
    listUsers({ db }),
  ]);
  const result = listed instanceof AppError ? null : listed;
  const problems = [
    ...(parsed.error ? describeQueryProblems(parsed.error, params) : []),
    ...(unknownKind ? [unknownKind] : []),
    ...(listed instanceof AppError ? (listed.issues ?? []).map((i) => `${i.path}: ${i.message}`) : []),
  ];
  const filtered = isFiltered(params);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Claims</h1>
          <p className="page-header__lede">
            {result
              ? filtered
                ? `${plural(result.total, "claim")} match these filters`
                : `${plural(result.total, "claim")} in all articles of this project`
              : "Some filters in this link need correcting"}
          </p>
        </div>
      </div>

      <ClaimFilters
        params={params}
        articles={articles}
        users={users}
        kinds={kinds}
        invalid={
          new Set([...(parsed.error?.issues.map((issue) => issue.path[0]) ?? []), ...(unknownKind ? ["kind"] : [])])
        }
      />

      {problems.length > 0 ? (
        <div className="alert claims-problems" role="alert">
          <p>This link has filter values the claims table cannot use:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>
            Correct them above, or <Link href="/claims">clear all filters</Link>.
          </p>
        </div>
      ) : result === null || !parsed.success ? null : result.items.length === 0 ? (
        <EmptyState result={result} params={params} filtered={filtered} />
      ) : (
        <>
          <div className="list-summary">
            <span aria-live="polite">
              Showing {formatNumber((result.page - 1) * result.pageSize + 1)}–
              {formatNumber((result.page - 1) * result.pageSize + result.items.length)} of {formatNumber(result.total)}
            </span>
            <span>Sorted: {sortLabels[parsed.data.sort]}</span>
          </div>
          <ClaimTable
            rows={result.items}
            sort={parsed.data.sort}
            params={params}
            caption={filtered ? "Claims matching the filters" : "All claims"}
          />
          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(page) => claimsHref({ ...params, page: String(page) })}
          />
        </>
      )}
    </>
  );
}
