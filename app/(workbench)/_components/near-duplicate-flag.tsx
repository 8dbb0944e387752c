import Link from "next/link";
import "./near-duplicate-flag.css";

/**
 * Marks an article whose text is nearly identical to an earlier one (`nearDuplicateOfId`), and
 * links to that one so the two can be compared. Import keeps such copies only when forced or
 * when they differ enough to be worth a look, so annotators should know before they start.
 */
export function NearDuplicateFlag({ otherId }: { otherId: string }) {
  return (
    <Link
      className="flag-near-duplicate"
      href={`/articles/${encodeURIComponent(otherId)}`}
      title="This article’s text is nearly identical to an earlier article in the corpus. Opens that article so you can compare them."
    >
      Near-duplicate
      <span className="visually-hidden"> of an earlier article; opens it</span>
    </Link>
  );
}
