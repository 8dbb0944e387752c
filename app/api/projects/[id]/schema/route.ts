import { route } from "@/lib/http/route";
import { ProjectSchemaInput } from "@/lib/projects/schema";
import { updateProjectSchema } from "@/lib/projects/update-project-schema";

/**
 * Replaces the claim schema (managers): `{ kinds: [{ id?, key, label, colour, shortcut, definition,
 * examples, attributes }], verdictLabels: [{ key, label }], version }`. A kind with its `id` and a new
 * key is renamed (its claims follow); removing a kind or verdict that claims use → 409 with the count.
 */
export const PUT = route(
  { permission: "articles.read", body: ProjectSchemaInput },
  async ({ db, actor, params, body }) => updateProjectSchema({ db, actor, projectId: params.id ?? "", input: body }),
);
