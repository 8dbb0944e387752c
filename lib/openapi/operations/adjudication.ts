import { AdjudicationListQuery } from "@/lib/adjudication/list-adjudications";
import { AgreementQuery } from "@/lib/agreement/filters";
import { CloseInput, DecisionInput } from "@/lib/adjudication/schema";
import { MyChangesQuery } from "@/lib/adjudication/list-my-changes";
import { operation } from "../operation";

export const getProjectAdjudications = operation({
  method: "GET",
  path: "/api/projects/{id}/adjudications",
  tag: "Adjudication",
  summary: "The adjudication queue",
  description:
    "The adjudication queue (reviewers and managers): articles in adjudication (`state=open|done|all`), oldest first.",
  permission: "articles.read",
  query: AdjudicationListQuery,
  responses: { 200: "`{ items, total, limit, offset }`" },
  example: { query: { state: "open", limit: 20 } },
});

export const getProjectAgreement = operation({
  method: "GET",
  path: "/api/projects/{id}/agreement",
  tag: "Adjudication",
  summary: "The agreement report",
  description:
    "The project's agreement report (reviewers and managers): JSON, or CSV with `format=csv`. Filters and measurement settings are query parameters (see lib/agreement/filters.ts).",
  permission: "articles.read",
  query: AgreementQuery,
  responses: { 200: "The report as JSON, or CSV with `format=csv`" },
  example: { query: { format: "json" } },
});

export const closeAdjudication = operation({
  method: "POST",
  path: "/api/projects/{id}/articles/{articleId}/adjudication/close",
  tag: "Adjudication",
  summary: "Close an article's adjudication",
  description:
    "Closes the adjudication once every unit is decided: the article is adjudicated and its gold claims go to review.",
  permission: "articles.read",
  body: CloseInput,
  responses: { 200: "The adjudication, closed", 409: "Another change since `version`, or units still undecided" },
  example: { body: { version: 1 } },
});

export const getAdjudication = operation({
  method: "GET",
  path: "/api/projects/{id}/articles/{articleId}/adjudication",
  tag: "Adjudication",
  summary: "An article's adjudication",
  description:
    "The article's units, every annotator's claims, current decisions and gold claims (reviewers and managers).",
  permission: "articles.read",
  responses: { 200: "Units, every annotator's claims, decisions and gold claims" },
});

export const decideAdjudication = operation({
  method: "POST",
  path: "/api/projects/{id}/articles/{articleId}/adjudication",
  tag: "Adjudication",
  summary: "Record one adjudication decision",
  description:
    "One decision (take, edit, reject, add, undo) made on `version`; answers the adjudication as it now is. Another adjudicator's change since → 409 with the current version: reload and reapply.",
  permission: "articles.read",
  body: DecisionInput,
  responses: { 200: "The adjudication as it now is", 409: "Another adjudicator's change since `version`" },
  example: {
    body: {
      action: "take",
      version: 1,
      unitClaimIds: ["example-claim-id", "example-other-claim-id"],
      claimId: "example-claim-id",
    },
  },
});

export const getProjectMyChanges = operation({
  method: "GET",
  path: "/api/projects/{id}/my-changes",
  tag: "Adjudication",
  summary: "What adjudication changed in your work",
  description:
    "What adjudication changed in the caller's work in this project, and their agreement with gold over time.",
  permission: "articles.read",
  query: MyChangesQuery,
  responses: { 200: "Per adjudicated article, your claims against gold, and your agreement over time" },
  example: { query: { period: "week" } },
});
