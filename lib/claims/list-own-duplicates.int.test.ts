/**
 * Duplicates made before a second identical claim was refused are listed for their author: each
 * group is one span of one article tagged more than once by the same person, oldest first.
 */
import { describe, expect, it } from "vitest";
import { signIn, testDb, userWithToken, api } from "@/test/support/http";
import { newArticle, newClaim } from "@/test/support/claims";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { listOwnDuplicates } from "./list-own-duplicates";

const STORY = "Officials said over 30,000 people dead were counted after the floods.";

describe("the caller's own duplicate claims", () => {
  it("groups the caller's repeats of one span, leaves out others' and single claims, and shows them on the inbox page", async () => {
    const a = await userWithToken("annotator");
    const b = await userWithToken("annotator");
    const article = await newArticle(a.token, STORY);
    const first = await newClaim(a.token, article, "over 30,000 people dead");
    await newClaim(a.token, article, "Officials said", { kind: "attribution" });
    await newClaim(b.token, article, "over 30,000 people dead");
    // A copy as the API refuses to make now: written straight to the database, as older data has them.
    const stored = await testDb().claim.findUniqueOrThrow({ where: { id: first.id } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = stored;
    const second = await testDb().claim.create({ data: { ...copy, createdAt: new Date(Date.now() + 1000) } });

    const mine = await listOwnDuplicates({ db: testDb(), actor: { id: a.user.id } });
    expect(mine.groups).toHaveLength(1);
    expect(mine.groups[0]!.claims.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(mine.groups[0]!.claims[0]).toMatchObject({
      projectId: DEFAULT_PROJECT_ID,
      exact: "over 30,000 people dead",
    });
    expect((await listOwnDuplicates({ db: testDb(), actor: { id: b.user.id } })).groups).toEqual([]);

    const { cookie } = await signIn(a.user.email, a.password);
    if (!cookie) throw new Error("could not sign in");
    const page = String((await api("/sent-back", { cookie })).data);
    expect(page).toContain("Tagged twice");
    expect(page).toContain(`/claims/${second.id}`);
  });
});
