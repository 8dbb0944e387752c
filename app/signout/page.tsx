import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { Standalone } from "@/app/_components/standalone";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const actor = await getCurrentActor();
  if (!actor) {
    return (
      <Standalone>
        <h1>You’re signed out</h1>
        <p className="standalone__lede">There is no active session in this browser.</p>
        <Link href="/signin" className="button button--block">
          Sign in
        </Link>
      </Standalone>
    );
  }
  return (
    <Standalone>
      <h1>Sign out</h1>
      <p className="standalone__lede">
        You’re signed in as <strong>{actor.name}</strong> ({actor.email}).
      </p>
      <div className="stack">
        <SignOutButton className="button button--block" />
        <Link href="/articles" className="button button--secondary button--block">
          Back to articles
        </Link>
      </div>
    </Standalone>
  );
}
