"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
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
 * As many sections as fit beside the rest of the header are shown; the others wait behind a
 * "More" button (a role with many sections at 1280 px), or all of them behind "Menu" (a phone,
 * 200 % zoom). Nothing is cut off and the row never scrolls. Escape or a press outside closes
 * the menu (Escape puts focus back on its button), and the page a link leads to closes it.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  const toggle = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const shown = useShownCount(navRef, items.length);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const folded = shown < items.length;
  const isOpen = folded && open;
  useEffect(() => {
    if (!isOpen) return;
    const outside = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside, true);
    return () => document.removeEventListener("pointerdown", outside, true);
  }, [isOpen]);

  const link = (item: NavItem, hidden = false) => {
    const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
    return (
      <li key={item.href} data-hidden={hidden ? "true" : undefined}>
        <Link
          href={item.href}
          prefetch={false}
          aria-current={current ? "page" : undefined}
          tabIndex={hidden ? -1 : undefined}
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
  };

  return (
    <nav
      ref={navRef}
      aria-label="Main"
      className="main-nav"
      data-folded={!folded ? undefined : shown === 0 ? "all" : "some"}
      data-open={isOpen ? "true" : undefined}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !isOpen) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      {/* Every section is in this row, those that do not fit kept out of sight (and out of the
          tab order and the accessibility tree), so their widths can be measured. */}
      <ul className="main-nav__row">{items.map((item, i) => link(item, i >= shown))}</ul>
      <div className="main-nav__more">
        <button
          ref={toggle}
          type="button"
          className="main-nav__toggle"
          aria-expanded={isOpen}
          aria-controls="main-nav-menu"
          tabIndex={folded ? undefined : -1}
          aria-hidden={folded ? undefined : true}
          onClick={() => setOpen((was) => !was)}
        >
          {shown === 0 ? "Menu" : "More"}
        </button>
        {isOpen ? (
          <ul id="main-nav-menu" className="main-nav__menu">
            {items.slice(shown).map((item) => link(item))}
          </ul>
        ) : null}
      </div>
    </nav>
  );
}

/**
 * How many sections fit: measured against the room the header row leaves the navigation (its
 * width less its padding, the other items and the gaps), again whenever the row or an item in
 * it changes size. Sections that do not fit stay in the row out of sight, so every width can be
 * read at any time.
 */
function useShownCount(navRef: RefObject<HTMLElement | null>, count: number): number {
  const [shown, setShown] = useState(count);
  useLayoutEffect(() => {
    const nav = navRef.current;
    const row = nav?.parentElement;
    const links = nav?.querySelector(".main-nav__row");
    const more = nav?.querySelector(".main-nav__toggle");
    if (!nav || !row || !links || !more) return;
    const measure = () => {
      const style = getComputedStyle(row);
      const gap = parseFloat(style.columnGap) || 0;
      let room = row.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const item of row.children) {
        const width = item.getBoundingClientRect().width;
        if (item !== nav && width > 0) room -= width + gap;
      }
      room = Math.floor(room);
      const linkGap = parseFloat(getComputedStyle(links).columnGap) || 0;
      const widths = Array.from(links.children, (li) => li.getBoundingClientRect().width);
      const moreWidth = more.getBoundingClientRect().width + linkGap;
      let used = 0;
      let fit = 0;
      for (const [i, width] of widths.entries()) {
        used += width + (i > 0 ? linkGap : 0);
        const last = i === widths.length - 1;
        if (used + (last ? 0 : moreWidth) > room) break;
        fit = i + 1;
      }
      setShown(fit);
      nav.dataset.measured = "true";
    };
    const observer = new ResizeObserver(measure);
    for (const item of [row, ...row.children, ...links.children]) observer.observe(item);
    measure();
    return () => observer.disconnect();
  }, [navRef, count]);
  return shown;
}
