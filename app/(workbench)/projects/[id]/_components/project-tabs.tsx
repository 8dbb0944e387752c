"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The project's own sections, under its name. */
export function ProjectTabs({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Project" className="project-tabs">
      <ul>
        {items.map((item, i) => {
          const current =
            i === 0 ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} prefetch={false} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
