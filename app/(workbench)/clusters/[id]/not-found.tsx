import Link from "next/link";

export default function ClusterNotFound() {
  return (
    <div className="card empty-state">
      <h1 className="empty-state__title">Cluster not found</h1>
      <p>
        The link may be wrong. <Link href="/clusters">Back to all clusters</Link>
      </p>
    </div>
  );
}
