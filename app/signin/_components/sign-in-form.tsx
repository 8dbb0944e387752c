"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";

const ERROR_TEXT: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
};

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.push(callbackPath);
        router.refresh();
        // Stay "pending" while the next page loads so the button cannot be pressed twice.
        return;
      }
      setError(ERROR_TEXT[result?.error ?? ""] ?? result?.error ?? "Sign-in failed. Please try again.");
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    // method="post" so that, before hydration, a submit can never put the password in the URL.
    <form method="post" onSubmit={onSubmit} className="stack">
      {error ? (
        <div role="alert" className="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email" className="field__label">
          Email
        </label>
        <input id="email" name="email" type="email" className="input" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password" className="field__label">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          className="input"
          autoComplete="current-password"
          required
        />
      </div>
      {/* The label stays "Sign in" while pending; aria-busy tells assistive tech it is working. */}
      <button type="submit" className="button button--block" disabled={pending} aria-busy={pending}>
        Sign in
      </button>
    </form>
  );
}
