import type { z } from "zod";
import type { ClaimsParamKey, ClaimsParams } from "./claims-href";

const fieldLabels: Record<ClaimsParamKey, string> = {
  q: "Search",
  articleId: "Article",
  kind: "Kind",
  status: "Status",
  authorId: "Annotator",
  valueMin: "Min value",
  valueMax: "Max value",
  sort: "Sort",
  page: "Page",
  pageSize: "Page size",
};

function isParamKey(key: PropertyKey | undefined): key is ClaimsParamKey {
  return typeof key === "string" && Object.hasOwn(fieldLabels, key);
}

/** A pasted value can be long; the sentence only needs enough of it to be recognised. */
function quote(raw: string): string {
  return `“${raw.length > 40 ? `${raw.slice(0, 39)}…` : raw}”`;
}

/** The schema's messages may name other fields by their wire names ("valueMin"). */
function withLabels(message: string): string {
  return message.replace(/\b(valueMin|valueMax|pageSize|articleId|authorId)\b/g, (name) =>
    fieldLabels[name as ClaimsParamKey].toLowerCase(),
  );
}

/**
 * Sentences for a URL the claims schema refused ("Min value “abc” must be a finite number"),
 * naming the field as the form labels it, so a hand-edited or stale link explains itself.
 */
export function describeQueryProblems(error: z.ZodError, params: ClaimsParams): string[] {
  return error.issues.map((issue) => {
    const key = issue.path[0];
    if (!isParamKey(key)) return issue.message;
    const raw = params[key];
    const subject = raw === undefined ? fieldLabels[key] : `${fieldLabels[key]} ${quote(raw)}`;
    // Enum issues carry zod's generic wording; the allowed values read better as a plain list.
    const message =
      issue.code === "invalid_value"
        ? `must be one of: ${issue.values.map(String).join(", ")}`
        : withLabels(issue.message);
    return `${subject} ${message}`;
  });
}
