import type { Metadata } from "next";
import Link from "next/link";
import { Standalone } from "@/app/_components/standalone";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Standalone>
      <h1>Page not found</h1>
      <p className="standalone__lede">There is nothing at this address. The link may be wrong or out of date.</p>
      <Link href="/articles" className="button">
        Go to articles
      </Link>
    </Standalone>
  );
}
