import { route } from "@/lib/http/route";
import { UpdateMemberInput } from "@/lib/projects/schema";
import { updateMember } from "@/lib/projects/update-member";
import { removeMember } from "@/lib/projects/remove-member";

/** Changes a member's role or quota (managers) with `version`. */
export const PATCH = route(
  { permission: "articles.read", body: UpdateMemberInput },
  async ({ db, actor, params, body }) =>
    updateMember({ db, actor, projectId: params.id ?? "", userId: params.userId ?? "", input: body }),
);

/** Removes a member (managers); one holding open assignments, or the last manager → 409. */
export const DELETE = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  removeMember({ db, actor, projectId: params.id ?? "", userId: params.userId ?? "" }),
);
