"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import "./_components/route-states.css";

/** What went wrong, in words a reader can act on (a server error's details stay in the server's log). */
function explain(error: unknown, offline: boolean): { what: string; reference: string | null } {
  if (offline) return { what: "Your browser is offline, so the page could not be fetched.", reference: null };
  const digest =
    error instanceof Error && "digest" in error ? String((error as { digest?: unknown }).digest ?? "") : "";
  if (digest) {
    return {
      what: "Something went wrong on our side while the server was preparing this page. The error was logged.",
      reference: digest,
    };
  }
  const message = error instanceof Error && error.message ? error.message : "An unexpected error occurred.";
  return { what: `The page failed in your browser: ${message}`, reference: null };
}

/**
 * The workbench's error boundary: says what happened, offers to try again (which fetches the
 * page anew), and takes the focus so a keyboard or screen-reader user lands on the message.
 */
export default function WorkbenchError({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [offline] = useState(() => typeof navigator !== "undefined" && !navigator.onLine);
  useEffect(() => {
    heading.current?.focus();
    console.error(error);
  }, [error]);
  const { what, reference } = explain(error, offline);
  return (
    <div className="route-error" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        This page could not be shown
      </h1>
      <p>{what}</p>
      {reference ? (
        <p>
          If it happens again, give an admin this reference: <span className="route-error__reference">{reference}</span>
        </p>
      ) : null}
      <div className="route-error__actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/dashboard">Go to the dashboard</Link>
      </div>
    </div>
  );
}
