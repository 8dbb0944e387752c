"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/app/_components/api-client";
import { ReviewRounds, type ReviewStepView } from "@/app/(workbench)/_components/review-rounds";

/**
 * The open claim's review rounds in the panel (the reviewer's comment first when it was sent
 * back), fetched when the claim has been through review; a draft never submitted shows nothing.
 */
export function ClaimReviewRounds({ claimId, status, version }: { claimId: string; status: string; version: number }) {
  const [steps, setSteps] = useState<{ key: string; items: ReviewStepView[] } | null>(null);
  const key = `${claimId}:${status}:${version}`;
  useEffect(() => {
    if (status === "draft") return;
    let current = true;
    callApi<{ items: ReviewStepView[] }>(`/api/claims/${encodeURIComponent(claimId)}/reviews`)
      .then((res) => current && setSteps({ key, items: res.items }))
      .catch(() => current && setSteps({ key, items: [] }));
    return () => {
      current = false;
    };
  }, [claimId, status, key]);
  if (status === "draft" || steps?.key !== key) return null;
  return <ReviewRounds steps={steps.items} status={status} />;
}
