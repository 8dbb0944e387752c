import Link from "next/link";

/** The product mark: a highlighted line of text with a check, i.e. "a claim, verified". */
function BrandMark() {
  return (
    <svg className="brand__mark" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1.5" y="1.5" width="21" height="21" rx="6" fill="currentColor" />
      <path d="M6 8.5h7M6 12h5M6 15.5h4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <path
        d="m13.5 14.5 2.2 2.2 3.8-4.7"
        fill="none"
        stroke="#fff"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The mark as a link; not prefetched, like the main navigation (every page is rendered per request). */
export function Brand({ href = "/articles", className }: { href?: string; className?: string }) {
  return (
    <Link href={href} prefetch={false} className={["brand", className].filter(Boolean).join(" ")}>
      <BrandMark />
      <span className="brand__name">Claimbench</span>
    </Link>
  );
}
