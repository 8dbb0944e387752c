import { route, json } from "@/lib/http/route";
import { AddMemberInput } from "@/lib/projects/schema";
import { addMember } from "@/lib/projects/add-member";
import { listMembers } from "@/lib/projects/list-members";

/** `{ items: [{ user, role, quota, activeAssignments, guidelinesSeen, version }] }` by name. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listMembers({ db, actor, projectId: params.id ?? "" }),
);

/** Adds a member (managers): `{ userId | email, role, quota? }` → 201; already a member → 409. */
export const POST = route({ permission: "articles.read", body: AddMemberInput }, async ({ db, actor, params, body }) =>
  json(await addMember({ db, actor, projectId: params.id ?? "", input: body }), 201),
);
