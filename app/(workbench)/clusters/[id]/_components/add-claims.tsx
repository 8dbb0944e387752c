"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ClaimSearch } from "@/app/(workbench)/_components/claim-search";
import { workbenchApi, type FoundClaim } from "@/app/(workbench)/_components/workbench-api";

/** Finds claims over all articles and adds them to this cluster, one click each. */
export function AddClaims({
  clusterId,
  projectId,
  memberIds,
  kinds,
}: {
  clusterId: string;
  projectId: string;
  memberIds: string[];
  /** The project's kinds, which the search's kind filter offers. */
  kinds: { key: string; label: string }[];
}) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);

  async function add(claim: FoundClaim) {
    await workbenchApi.addToCluster(clusterId, claim.id);
    setAdded(`Added “${claim.exact}”.`);
    router.refresh();
  }

  return (
    <div className="card card--padded">
      <ClaimSearch
        label="Find claims to add"
        excludeIds={memberIds}
        actionLabel="Add to cluster"
        onPick={add}
        projectId={projectId}
        kinds={kinds}
      />
      {added ? (
        <p role="status" className="status-text form-error-below">
          {added}
        </p>
      ) : null}
    </div>
  );
}
