import Link from "next/link";

export default function ClaimNotFound() {
  return (
    <div className="card empty-state">
      <h1 className="empty-state__title">Claim not found</h1>
      <p>
        It may have been deleted, or the link is wrong. <Link href="/claims">Back to all claims</Link>
      </p>
    </div>
  );
}
