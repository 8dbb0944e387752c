"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation, a keyboard or screen-reader user whose focus went with the
 * link they followed (it belonged to the page that left) lands on the new page's heading instead
 * of the document's body, where the next Tab would start again from the top of the window. Focus
 * that is still somewhere (a header link, a control the new page focused itself) is left alone.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const main = document.getElementById("main");
    const heading = main?.querySelector<HTMLElement>("h1");
    const target = heading ?? main;
    if (!target) return;
    if (target === heading && !heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    target.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
