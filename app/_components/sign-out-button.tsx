"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";

export function SignOutButton({ className = "button button--secondary button--small" }: { className?: string }) {
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    try {
      await signOut({ callbackUrl: "/signin", redirect: false });
      // Navigate ourselves, relative to the page: next-auth would build the address from
      // NEXTAUTH_URL, which may name another host or port than the one in the address bar.
      // A full load also drops the router's cache of signed-in pages.
      window.location.assign("/signin");
    } catch {
      setPending(false);
    }
  }

  return (
    <button type="button" className={className} disabled={pending} aria-busy={pending} onClick={onClick}>
      Sign out
    </button>
  );
}
