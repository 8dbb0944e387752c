"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import { LinkProgress } from "./link-progress";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The workbench's sections. Links are not prefetched: every page here is rendered per request
 * for the signed-in user, so a prefetch would have the server render each section the moment
 * any page is shown (competing with that page's own requests) for little gain on the click.
 *
 * On a narrow screen (shell.css) the links fold behind a "Menu" button instead of scrolling
 * sideways in the header; Escape closes the menu and puts focus back on the button, and the
 * page a link leads to closes it when it arrives.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  const toggle = useRef<HTMLButtonElement>(null);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <nav
      aria-label="Main"
      className="main-nav"
      data-open={open ? "true" : undefined}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen((was) => !was)}
      >
        Menu
      </button>
      <ul id="main-nav-list">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                // Another section's link leaves the menu open until its page arrives (the change of
                // path closes it): the progress bar inside the link shows only while it is shown.
                onClick={() => {
                  if (current) setOpen(false);
                }}
              >
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
