import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { newArticle, newClaim } from "../../test/support/claims";

const ids = (res: { data: Record<string, any> }) => (res.data.items as { id: string }[]).map((c) => c.id);

/** Two articles with four claims by two authors; the note carries a marker unique to the test. */
async function fixture() {
  const alice = await userWithToken("annotator");
  const bob = await userWithToken("annotator");
  const marker = `Mk${randomBytes(4).toString("hex")}`;
  const first = await newArticle(
    alice.token,
    "Aleppo: at least 500 people have been killed and 1,200 were wounded in the shelling.",
    "Alpha",
  );
  const second = await newArticle(
    bob.token,
    "Homs: nearly 2,000 families fled as 40 people were killed in the fighting.",
    "Beta",
  );
  const killed = await newClaim(alice.token, first, "at least 500 people have been killed", {
    kind: "casualty",
    value: 500,
    qualifier: "at_least",
    unit: "people killed",
    note: `${marker} Aleppo`,
  });
  const wounded = await newClaim(alice.token, first, "1,200 were wounded", {
    value: 1200,
    qualifier: "exact",
    unit: "wounded",
    note: marker,
    attributedTo: "Syrian Observatory",
  });
  const families = await newClaim(bob.token, second, "nearly 2,000 families", {
    value: 2000,
    qualifier: "about",
    unit: "families",
    note: marker,
  });
  const event = await newClaim(bob.token, second, "fled", { kind: "event", note: `${marker} no figure` });
  return { alice, bob, marker, first, second, killed, wounded, families, event };
}

describe("GET /api/claims", () => {
  it("filters by article, author, kind, status and value bounds, with article and author on each item", async () => {
    const f = await fixture();
    const list = (query: string) => api(`/api/claims?q=${f.marker}&${query}`, { token: f.alice.token });

    const all = await list("");
    expect(all.status).toBe(200);
    expect(all.data).toMatchObject({ total: 4, page: 1, pageSize: 25, pages: 1 });
    expect(all.data.items.find((c: { id: string }) => c.id === f.killed.id)).toMatchObject({
      article: { id: f.first.id, title: f.first.title },
      author: { id: f.alice.user.id, name: f.alice.user.name },
      exact: "at least 500 people have been killed",
    });

    expect(ids(await list(`articleId=${f.second.id}`)).sort()).toEqual([f.families.id, f.event.id].sort());
    expect(ids(await list(`authorId=${f.alice.user.id}`)).sort()).toEqual([f.killed.id, f.wounded.id].sort());
    expect(ids(await list("kind=casualty"))).toEqual([f.killed.id]);
    expect(ids(await list("kind=event"))).toEqual([f.event.id]);
    expect((await list("status=draft")).data.total).toBe(4);
    expect((await list("status=approved")).data.total).toBe(0);
    expect(ids(await list("valueMin=1000")).sort()).toEqual([f.wounded.id, f.families.id].sort());
    expect(ids(await list("valueMax=1200")).sort()).toEqual([f.killed.id, f.wounded.id].sort());
    expect(ids(await list("valueMin=600&valueMax=1999"))).toEqual([f.wounded.id]);
    expect(ids(await list(`kind=quantity&articleId=${f.first.id}`))).toEqual([f.wounded.id]);
    expect((await list("kind=")).data.total).toBe(4);
  });

  it("searches exact, unit, attributedTo and note case-insensitively", async () => {
    const f = await fixture();
    const search = (q: string) => api(`/api/claims?q=${encodeURIComponent(q)}`, { token: f.bob.token });
    expect(ids(await search(f.marker.toUpperCase())).length).toBe(4);
    expect(ids(await search(`${f.marker.toLowerCase()} ALEPPO`))).toEqual([f.killed.id]);
    const byExact = ids(await search("AT LEAST 500 PEOPLE HAVE BEEN KILLED"));
    expect(byExact).toContain(f.killed.id);
    const byAttribution = ids(await search("syrian observatory"));
    expect(byAttribution).toContain(f.wounded.id);
    expect(byAttribution).not.toContain(f.killed.id);
    expect(ids(await search(`${f.marker} NO FIGURE`))).toEqual([f.event.id]);
    expect((await search(`${f.marker}-absent`)).data.total).toBe(0);
  });

  it("sorts by each key and pages stably", async () => {
    const f = await fixture();
    const sorted = async (sort: string) =>
      ids(await api(`/api/claims?q=${f.marker}${sort ? `&sort=${sort}` : ""}`, { token: f.alice.token }));
    // Requests can land in the same millisecond; spread the creation times so the order is known.
    const created = [f.killed.id, f.wounded.id, f.families.id, f.event.id];
    for (const [i, id] of created.entries()) {
      await testDb().claim.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, i)) } });
    }

    expect(await sorted("created")).toEqual(created);
    expect(await sorted("-created")).toEqual([...created].reverse());
    expect(await sorted("")).toEqual([...created].reverse());
    expect(await sorted("value")).toEqual([f.killed.id, f.wounded.id, f.families.id, f.event.id]);
    expect(await sorted("-value")).toEqual([f.families.id, f.wounded.id, f.killed.id, f.event.id]);
    // "Alpha …" sorts before "Beta …"; within an article, by position in the text.
    expect(await sorted("article")).toEqual([f.killed.id, f.wounded.id, f.families.id, f.event.id]);
    // casualty < event < quantity, newest first within a kind.
    expect(await sorted("kind")).toEqual([f.killed.id, f.event.id, f.families.id, f.wounded.id]);

    await testDb().claim.update({ where: { id: f.wounded.id }, data: { status: "approved" } });
    expect(await sorted("status")).toEqual([f.wounded.id, f.event.id, f.families.id, f.killed.id]);

    const page1 = await api(`/api/claims?q=${f.marker}&sort=value&pageSize=3`, { token: f.alice.token });
    const page2 = await api(`/api/claims?q=${f.marker}&sort=value&pageSize=3&page=2`, { token: f.alice.token });
    expect(page1.data).toMatchObject({ total: 4, pages: 2, page: 1, pageSize: 3 });
    expect([...ids(page1), ...ids(page2)]).toEqual(await sorted("value"));
    const beyond = await api(`/api/claims?q=${f.marker}&page=9`, { token: f.alice.token });
    expect(beyond.data).toMatchObject({ items: [], total: 4, page: 9 });
  });

  it("refuses invalid query values with 400 naming the parameter", async () => {
    const { token } = await userWithToken("reviewer");
    for (const [query, param] of [
      ["kind=rumour", "kind"],
      ["status=done", "status"],
      ["sort=size", "sort"],
      ["valueMin=lots", "valueMin"],
      ["valueMax=Infinity", "valueMax"],
      ["valueMin=10&valueMax=5", "valueMax"],
      ["page=0", "page"],
      ["pageSize=101", "pageSize"],
      ["pageSize=2.5", "pageSize"],
    ]) {
      const res = await api(`/api/claims?${query}`, { token });
      expect(res.status, query).toBe(400);
      expect(res.data.error.code).toBe("bad_request");
      expect(
        res.data.error.issues.map((i: { path: string }) => i.path),
        query,
      ).toEqual([param]);
    }
  });
});
