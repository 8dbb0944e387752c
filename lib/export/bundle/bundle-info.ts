import type { Db } from "@/lib/db/client";
import type { ExportFilter } from "@/lib/export/schema";
import type { AgreementReport } from "@/lib/agreement/report";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";

/**
 * What a dataset bundle says about its project besides the data: read before the bundle streams
 * (in the server's thread, with Prisma) and handed to the export with the filter. Settings from
 * the environment are read here too, so one bundle is self-consistent.
 */
export interface BundleInfo {
  project: { id: string; name: string; description: string; licence: string };
  /** The project's newest guidelines, when it has any. */
  guidelines: { version: number; markdown: string } | null;
  /** The project's agreement report, when it has complete articles with two or more layers and the caller may see it. */
  agreement: AgreementReport | null;
  /** ISO 639-1 codes of the articles' languages (DATASET_LANGUAGES, comma-separated); empty when not said. */
  languages: string[];
  /** The dataset's public page (DATASET_URL), for Croissant's `url`; null when not set. */
  url: string | null;
  /** Who publishes the dataset (CLAIMREVIEW_ORG, default "Claimbench"): Croissant's `creator`. */
  publisher: string;
}

export async function loadBundleInfo({
  db,
  filter,
  agreement = async () => null,
  env = process.env,
}: {
  db: Db;
  filter: ExportFilter;
  /** The agreement report, for a caller who may see it (the route passes the loader; the CLI has none). */
  agreement?: (projectId: string) => Promise<AgreementReport | null>;
  env?: Record<string, string | undefined>;
}): Promise<BundleInfo> {
  const projectId = filter.projectId ?? DEFAULT_PROJECT_ID;
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { id: true, name: true, description: true, licence: true },
  });
  const guidelines = await db.guidelinesVersion.findFirst({
    where: { projectId },
    orderBy: { number: "desc" },
    select: { number: true, markdown: true },
  });
  const languages = (env.DATASET_LANGUAGES ?? "")
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter((l) => /^[a-z]{2,3}$/.test(l));
  return {
    project,
    guidelines:
      guidelines && guidelines.markdown.trim() ? { version: guidelines.number, markdown: guidelines.markdown } : null,
    agreement: await agreement(projectId),
    languages,
    url: /^https?:\/\//.test(env.DATASET_URL?.trim() ?? "") ? env.DATASET_URL!.trim() : null,
    publisher: env.CLAIMREVIEW_ORG?.trim() || "Claimbench",
  };
}
