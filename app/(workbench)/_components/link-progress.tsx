"use client";

import { useLinkStatus } from "next/link";
import "./route-states.css";

/**
 * Put inside a `<Link>`: while that link's page is on its way (no prefetch, a page rendered per
 * request), a thin bar runs across the top of the window, so a slow click does not look like a
 * dead one. Hidden from assistive technology; the page's own loading state says it in words.
 */
export function LinkProgress() {
  const { pending } = useLinkStatus();
  return <span aria-hidden="true" className="link-progress" data-pending={pending ? "" : undefined} />;
}
