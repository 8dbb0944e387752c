import { route, json } from "@/lib/http/route";
import { GuidelinesInput } from "@/lib/projects/schema";
import { listGuidelines } from "@/lib/projects/list-guidelines";
import { publishGuidelines } from "@/lib/projects/publish-guidelines";

/** `{ items: [{ number, changeNote, createdAt, author }], seen }`, newest first. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listGuidelines({ db, actor, projectId: params.id ?? "" }),
);

/** Saves a new version (managers): `{ markdown, changeNote?, baseVersion? }` → 201; a newer version than `baseVersion` → 409. */
export const POST = route({ permission: "articles.read", body: GuidelinesInput }, async ({ db, actor, params, body }) =>
  json(await publishGuidelines({ db, actor, projectId: params.id ?? "", input: body }), 201),
);
