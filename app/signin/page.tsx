import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Standalone } from "@/app/_components/standalone";
import { safeCallbackPath, signInErrorText } from "./callback-url";
import { SignInForm } from "./_components/sign-in-form";
import { ProviderButtons } from "./_components/provider-buttons";
import { oidcProviders } from "@/lib/auth/oidc-config";

export const metadata: Metadata = { title: "Sign in" };

const DEMO_ACCOUNTS = ["annotator@claimbench.test", "reviewer@claimbench.test", "admin@claimbench.test"];

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const h = await headers();
  const callbackPath = safeCallbackPath(params.callbackUrl, h.get("x-forwarded-host") ?? h.get("host"));
  if (await getCurrentActor()) redirect(callbackPath);

  // The hint is decided on the server: a production build must not advertise demo passwords.
  const showDemo = process.env.NODE_ENV !== "production" || process.env.CLAIMBENCH_DEMO === "1";
  const demo = showDemo ? { accounts: DEMO_ACCOUNTS, password: process.env.DEMO_PASSWORD || "claimbench-demo" } : null;

  const providers = oidcProviders().map(({ id, name }) => ({ id, name }));

  return (
    <Standalone after={demo ? <DemoHint accounts={demo.accounts} password={demo.password} /> : null}>
      <h1>Sign in</h1>
      <p className="standalone__lede">Use your Claimbench account to continue.</p>
      {providers.length > 0 ? (
        <>
          <ProviderButtons providers={providers} callbackPath={callbackPath} />
          <p className="standalone__divider">or with your email and password</p>
        </>
      ) : null}
      <SignInForm callbackPath={callbackPath} initialError={signInErrorText(firstParam(params.error))} />
    </Standalone>
  );
}

function DemoHint({ accounts, password }: { accounts: string[]; password: string }) {
  return (
    <aside className="demo-hint" aria-label="Demo accounts">
      <strong>Demo accounts</strong>
      <ul>
        {accounts.map((email) => (
          <li key={email}>
            <code>{email}</code>
          </li>
        ))}
      </ul>
      Password: <code>{password}</code>
    </aside>
  );
}
