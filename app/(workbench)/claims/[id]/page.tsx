import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { claimAccessProblem } from "@/lib/claims/claim-access";
import { Verdict } from "@/lib/claims/vocabulary";
import { databaseProvider, getDb } from "@/lib/db/client";
import { listClusters } from "@/lib/evidence/list-clusters";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { listEvidenceSuggestions } from "@/lib/evidence/list-evidence-suggestions";
import { countStances } from "@/lib/evidence/verdict-check";
import { listReviewRounds } from "@/lib/review/list-review-rounds";
import { ReviewRounds } from "@/app/(workbench)/_components/review-rounds";
import { KindChip, StatusChip } from "@/app/(workbench)/_components/claim-chips";
import { AddEvidence } from "./_components/add-evidence";
import { listProjectKinds } from "@/lib/projects/list-project-kinds";
import { ClaimAttributes, ClaimExcerpt } from "./_components/claim-details";
import { claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { ClusterPanel } from "./_components/cluster-panel";
import { ClaimPageSubmit } from "./_components/claim-submit";
import { EvidenceList } from "./_components/evidence-list";
import { VerdictChip } from "./_components/evidence-labels";
import { VerdictForm } from "./_components/verdict-form";
import { loadClaim } from "./load-claim";
import "../claims.css";
import "@/app/(workbench)/_components/evidence-ui.css";
import "./claim-page.css";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getCurrentActor();
  // Quotes from unpublished work are not for the signed-out sign-in redirect's <title>.
  if (!actor || !can(actor, "articles.read")) return { title: "Claim" };
  const { id } = await params;
  const claim = await loadClaim(id);
  return { title: `“${claim.exact.length > 60 ? `${claim.exact.slice(0, 60)}…` : claim.exact}”` };
}

export default async function ClaimPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor(`/claims/${encodeURIComponent(id)}`, "articles.read");
  const claim = await loadClaim(id);
  const db = getDb();
  const canWrite = can(actor, "claims.write");
  const [evidence, suggestions, clusters, rounds, kinds] = await Promise.all([
    listEvidence({ db, actor, claimId: claim.id }),
    canWrite ? listEvidenceSuggestions({ db, actor, claimId: claim.id }) : { items: [] },
    canWrite && !claim.cluster
      ? listClusters({ db, actor, projectId: claim.projectId, provider: databaseProvider() })
      : { items: [] },
    listReviewRounds({ db, actor, claimId: claim.id }),
    canWrite ? listProjectKinds({ db, projectId: claim.projectId }) : [],
  ]);
  const allLinks = [...evidence.outgoing, ...evidence.incoming];
  const linkedIds = allLinks.flatMap((l) => (l.linkedClaim ? [l.linkedClaim.id] : []));
  const editProblem = canWrite
    ? claimAccessProblem({ actor, claim: { authorId: claim.authorId, status: claim.status } })
    : { message: "Your role cannot edit claims." };
  const verdict = Verdict.safeParse(claim.verdict);
  const who = { id: actor.id, role: actor.role, canWrite };

  return (
    <>
      <Link href="/claims" className="back-link">
        ← All claims
      </Link>
      <header className="claim-header">
        <p className="claim-header__eyebrow">
          <KindChip kind={claim.kind} /> <StatusChip status={claim.status} /> <VerdictChip verdict={claim.verdict} />
        </p>
        <h1 className="claim-header__quote">“{claim.exact}”</h1>
        <p className="page-header__lede">
          A claim in <Link href={claimInArticleHref(claim)}>{claim.article.title}</Link>
        </p>
        {canWrite && claim.layer === "annotation" && (claim.authorId === actor.id || actor.role === "admin") ? (
          <ClaimPageSubmit key={claim.id} claim={{ ...claim, assignmentId: claim.assignmentId ?? null }} />
        ) : null}
      </header>

      {rounds.items.length > 0 ? (
        <section aria-labelledby="review-heading" className="section">
          <h2 id="review-heading" className="claim-section__title">
            Review
          </h2>
          <ReviewRounds steps={rounds.items} status={claim.status} />
        </section>
      ) : null}

      <div className="claim-layout">
        <section aria-labelledby="context-heading" className="claim-layout__main">
          <h2 id="context-heading" className="claim-section__title">
            In context
          </h2>
          <ClaimExcerpt claim={claim} />
        </section>
        <section aria-labelledby="attributes-heading" className="claim-layout__side">
          <h2 id="attributes-heading" className="claim-section__title">
            Attributes
          </h2>
          <ClaimAttributes claim={claim} />
        </section>
      </div>

      <section className="section" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading" className="claim-section__title">
          Verdict
        </h2>
        <div className="card card--padded">
          {editProblem === null ? (
            <VerdictForm
              claimId={claim.id}
              version={claim.version}
              verdict={verdict.success ? verdict.data : null}
              justification={claim.justification}
              counts={countStances(allLinks)}
            />
          ) : (
            <div className="verdict-readonly">
              <p>
                <VerdictChip verdict={claim.verdict} />
              </p>
              <p>{claim.justification ?? <span className="muted">No justification recorded.</span>}</p>
              <p className="field__hint">{editProblem.message}.</p>
            </div>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="claim-section__title" tabIndex={-1}>
          Evidence
        </h2>
        <div className="evidence-columns">
          <div>
            <h3 className="evidence-columns__title">This claim cites</h3>
            <EvidenceList
              links={evidence.outgoing}
              actor={who}
              label="Evidence this claim cites"
              empty="No evidence linked from this claim yet."
            />
          </div>
          <div>
            <h3 className="evidence-columns__title">Cited by other claims</h3>
            <p className="field__hint">The stance says how this claim bears on the claim that cites it.</p>
            <EvidenceList
              links={evidence.incoming}
              actor={who}
              label="Claims citing this claim"
              empty="No other claim links to this one."
            />
          </div>
        </div>
        {canWrite ? (
          <>
            <h3 className="evidence-columns__title section-gap">Add evidence</h3>
            <AddEvidence
              claimId={claim.id}
              projectId={claim.projectId}
              linkedIds={linkedIds}
              suggestions={suggestions.items}
              kinds={kinds}
            />
          </>
        ) : null}
      </section>

      <section className="section" aria-labelledby="cluster-heading">
        <h2 id="cluster-heading" className="claim-section__title">
          Cluster
        </h2>
        <div className="card card--padded">
          <ClusterPanel claimId={claim.id} cluster={claim.cluster} clusters={clusters.items} canWrite={canWrite} />
        </div>
      </section>
    </>
  );
}
