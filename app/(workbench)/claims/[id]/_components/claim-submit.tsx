"use client";

import { useRouter } from "next/navigation";
import { SubmitClaim, type SubmittableClaim } from "@/app/(workbench)/_components/submit-claim";

/** The claim page's submit: the page is drawn again with the new status and its review rounds. */
export function ClaimPageSubmit({ claim }: { claim: SubmittableClaim }) {
  const router = useRouter();
  return <SubmitClaim claim={claim} onSubmitted={() => router.refresh()} />;
}
