"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

/** One button per configured OpenID Connect provider: "Sign in with <name>". */
export function ProviderButtons({
  providers,
  callbackPath,
}: {
  providers: { id: string; name: string }[];
  callbackPath: string;
}) {
  const [pending, setPending] = useState<string | null>(null);
  return (
    <div className="stack">
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          className="button button--secondary button--block"
          disabled={pending !== null}
          aria-busy={pending === p.id}
          onClick={() => {
            setPending(p.id);
            // next-auth posts to /api/auth/signin/<id> with its CSRF token and follows the provider's redirect.
            void signIn(p.id, { callbackUrl: callbackPath }).catch(() => setPending(null));
          }}
        >
          Sign in with {p.name}
        </button>
      ))}
    </div>
  );
}
