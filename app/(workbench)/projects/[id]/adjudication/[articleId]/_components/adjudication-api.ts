/** The adjudication API as the adjudication page calls it (decisions and closing answer the view as it now is). */
import { callApi } from "@/app/_components/api-client";
import type { AdjudicationView, UnitView } from "@/lib/adjudication/adjudication-view";

export type { AdjudicationView, UnitView };

/** What the page sends for one decision, without the version (added when sent, so it can be reapplied). */
export type DecisionBody =
  | {
      action: "take";
      unitClaimIds: string[];
      claimId: string;
      stances?: Record<string, string>;
      reasonCode?: string | null;
      comment?: string | null;
    }
  | {
      action: "edit";
      unitClaimIds: string[];
      claimId: string | null;
      attributes: Record<string, string | number | null>;
      stances?: Record<string, string>;
      reasonCode?: string | null;
      comment?: string | null;
    }
  | { action: "reject"; unitClaimIds: string[]; reasonCode: string; comment?: string | null }
  | {
      action: "add";
      span: { start: number; end: number; exact: string };
      attributes: Record<string, string | number | null>;
      reasonCode?: string | null;
      comment?: string | null;
    }
  | { action: "undo"; decisionId: string };

const base = (projectId: string, articleId: string) =>
  `/api/projects/${encodeURIComponent(projectId)}/articles/${encodeURIComponent(articleId)}/adjudication`;

export const adjudicationApi = {
  get: (projectId: string, articleId: string) => callApi<AdjudicationView>(base(projectId, articleId)),
  decide: (projectId: string, articleId: string, version: number, body: DecisionBody) =>
    callApi<AdjudicationView>(base(projectId, articleId), { method: "POST", body: { ...body, version } }),
  close: (projectId: string, articleId: string, version: number) =>
    callApi<AdjudicationView>(`${base(projectId, articleId)}/close`, { method: "POST", body: { version } }),
};

export const REASONS = {
  ambiguous_text: "Ambiguous text",
  guideline_gap: "Guideline gap",
  annotator_error: "Annotator error",
  not_a_claim: "Not a claim",
  other: "Other",
} as const;

/** One colour per annotator, in the view's order (strong enough for a 3px underline on white). */
export const ANNOTATOR_COLOURS = ["#2563eb", "#c2410c", "#7c3aed", "#047857", "#be185d"];
