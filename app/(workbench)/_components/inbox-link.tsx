"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { callApi } from "@/app/_components/api-client";

const INBOX_EVENT = "claimbench:inbox-changed";

/** Tells the header's inbox that a claim of the user's may have left or entered it (submit, undo). */
export function refreshInbox() {
  window.dispatchEvent(new Event(INBOX_EVENT));
}

/**
 * The header's "Sent back N" link. It starts from the count the page was rendered with and asks
 * again when something on the page submits a claim, and when the tab comes back into view, so
 * it does not go stale while the user works on one page.
 */
export function InboxLink({ count: rendered }: { count: number }) {
  const [count, setCount] = useState(rendered);
  const [seen, setSeen] = useState(rendered);
  // A new server render (navigation, refresh) brings a fresh count.
  if (rendered !== seen) {
    setSeen(rendered);
    setCount(rendered);
  }
  useEffect(() => {
    let latest = 0;
    const reload = () => {
      const ask = ++latest;
      callApi<{ count: number }>("/api/me/sent-back")
        .then((r) => ask === latest && setCount(r.count))
        .catch(() => {});
    };
    const onVisible = () => document.visibilityState === "visible" && reload();
    window.addEventListener(INBOX_EVENT, reload);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener(INBOX_EVENT, reload);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  return (
    <Link href="/sent-back" prefetch={false} className="inbox-link" data-count={count}>
      Sent back <span className="inbox-link__count">{count}</span>
      <span className="visually-hidden"> {count === 1 ? "claim" : "claims"} to you</span>
    </Link>
  );
}
