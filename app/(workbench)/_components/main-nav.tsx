"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LinkProgress } from "./link-progress";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The workbench's sections. Links are not prefetched: every page here is rendered per request
 * for the signed-in user, so a prefetch would have the server render each section the moment
 * any page is shown (competing with that page's own requests) for little gain on the click.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="main-nav">
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} prefetch={false} aria-current={current ? "page" : undefined}>
                {item.label}
                <LinkProgress />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
