/**
 * The agreement pages' filters as the URL holds them (a GET form: `kind`, one `annotator` per
 * chosen annotator, `from`, `to`), turned into the query `GET /api/projects/{id}/agreement`
 * takes, so the page, its drill-down and its downloads always show the same report.
 */
import { firstParam } from "@/app/_components/search-params";
import { AgreementQuery } from "@/lib/agreement/filters";

export type PageSearchParams = Record<string, string | string[] | undefined>;

export interface AgreementParams {
  kind?: string;
  annotators: string[];
  from?: string;
  to?: string;
}

const FILTER_KEYS = ["kind", "annotators", "from", "to"] as const;

export function readParams(sp: PageSearchParams): AgreementParams {
  const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
  const text = (v: string | string[] | undefined) => firstParam(v)?.trim() || undefined;
  return {
    kind: text(sp.kind),
    annotators: [
      ...new Set(
        list(sp.annotator)
          .flatMap((v) => v.split(","))
          .map((v) => v.trim()),
      ),
    ].filter(Boolean),
    from: text(sp.from),
    to: text(sp.to),
  };
}

/** The API's parameters for these filters (before any check). */
function rawQuery(p: AgreementParams): Record<string, string> {
  const q: Record<string, string> = {};
  if (p.kind) q.kind = p.kind;
  if (p.annotators.length) q.annotators = p.annotators.join(",");
  if (p.from) q.from = p.from;
  if (p.to) q.to = p.to;
  return q;
}

/**
 * The filters checked as the API checks them: a value it would refuse is dropped (and named, so
 * the form can mark it and say why) rather than failing the whole page.
 */
export function parseParams(p: AgreementParams): {
  params: AgreementParams;
  query: AgreementQuery;
  problems: { key: string; message: string }[];
} {
  const raw = rawQuery(p);
  const problems: { key: string; message: string }[] = [];
  for (;;) {
    const parsed = AgreementQuery.safeParse(raw);
    if (parsed.success) {
      const params: AgreementParams = {
        kind: raw.kind,
        annotators: raw.annotators ? raw.annotators.split(",") : [],
        from: raw.from,
        to: raw.to,
      };
      return { params, query: parsed.data, problems };
    }
    const issue = parsed.error.issues.find((i) => FILTER_KEYS.includes(String(i.path[0]) as never));
    if (!issue) throw parsed.error;
    const key = String(issue.path[0]);
    problems.push({ key, message: `${key === "annotators" ? "Annotators" : key}: ${issue.message}` });
    delete raw[key];
  }
}

/** `?kind=…&annotator=…` for page links that keep the filters (plus any extra parameters). */
export function pageSearch(p: AgreementParams, extra: Record<string, string | undefined> = {}): string {
  const s = new URLSearchParams();
  if (p.kind) s.set("kind", p.kind);
  for (const a of p.annotators) s.append("annotator", a);
  if (p.from) s.set("from", p.from);
  if (p.to) s.set("to", p.to);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) s.set(k, v);
  const text = s.toString();
  return text ? `?${text}` : "";
}

/** The API's URL for the same report (downloads). */
export function apiHref(projectId: string, p: AgreementParams, format: "json" | "csv"): string {
  const s = new URLSearchParams(rawQuery(p));
  s.set("format", format);
  return `/api/projects/${encodeURIComponent(projectId)}/agreement?${s.toString()}`;
}
