import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <div className="card empty-state">
      <h1 className="empty-state__title">Article not found</h1>
      <p>
        It may have been removed, or the link is wrong. <Link href="/articles">Back to all articles</Link>
      </p>
    </div>
  );
}
