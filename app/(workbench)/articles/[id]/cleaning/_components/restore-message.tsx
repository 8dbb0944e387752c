import Link from "next/link";
import { reasonLabel } from "./reasons";
import { orphanReason } from "./restore-api";
import type { LastRestore } from "./removed-blocks";

const SNIPPET_CHARS = 90;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS - 1)}…` : flat;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the last restore did: claims moved and any that could not be placed, or why it failed. */
export function RestoreMessage({
  articleId,
  last,
  refreshing,
}: {
  articleId: string;
  last: LastRestore;
  refreshing: boolean;
}) {
  const what = `block ${last.block.index + 1} (${reasonLabel(last.block.reason)})`;
  if (last.kind === "stale") {
    return (
      <p className="alert">
        The article changed since this page was loaded, so {what} was not restored.{" "}
        {refreshing ? "Reloading the list…" : "The list has been reloaded; check it and try again."}
      </p>
    );
  }
  if (last.kind === "error") {
    return (
      <p className="alert">
        Could not restore {what}: {last.message}
      </p>
    );
  }
  const articleHref = `/articles/${encodeURIComponent(articleId)}`;
  return (
    <div className="restore-result">
      <p className="notice">
        Restored {what}: “{snippet(last.block.text)}”. {plural(last.reanchored, "claim", "claims")} re-anchored.{" "}
        <Link href={articleHref}>See it in the article</Link>
      </p>
      {last.orphans.length > 0 ? (
        <div className="restore-orphans">
          <p>
            {plural(last.orphans.length, "claim could not be placed and is", "claims could not be placed and are")}{" "}
            marked as {last.orphans.length === 1 ? "an orphan" : "orphans"} (kept, not deleted):
          </p>
          <ul>
            {last.orphans.map((o) => (
              <li key={o.id}>
                <Link href={`/claims/${encodeURIComponent(o.id)}`}>“{snippet(o.exact) || "(empty quote)"}”</Link> —{" "}
                {orphanReason(o.reason)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
