import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { formatDate, formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { RoleBadge } from "@/app/_components/role-badge";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { signInMethods } from "@/lib/users/sign-in-methods";
import { ChangePasswordForm } from "./_components/change-password-form";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";
import "./account.css";

export const metadata: Metadata = { title: "Account" };

/** This server's address as the browser used it, so the example can be pasted as is. */
async function baseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host || !/^[\w.-]+(:\d+)?$|^\[[\d:a-f]+\](:\d+)?$/i.test(host)) return "http://localhost:3000";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

function When({ value }: { value: Date | null }) {
  return value ? <time dateTime={isoDate(value)}>{formatDateTime(value)}</time> : <span className="muted">Never</span>;
}

type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

const tokenColumns: Column<TokenRow>[] = [
  { key: "name", header: "Name", cellClassName: "middle cell-title", cell: (token) => token.name },
  { key: "token", header: "Token", cellClassName: "middle mono", cell: (token) => `${token.prefix}…` },
  {
    key: "created",
    header: "Created",
    className: "date",
    cellClassName: "middle",
    cell: (token) => <When value={token.createdAt} />,
  },
  {
    key: "lastUsed",
    header: "Last used",
    className: "date",
    cellClassName: "middle",
    cell: (token) => <When value={token.lastUsedAt} />,
  },
  {
    key: "status",
    header: "Status",
    cellClassName: "middle",
    cell: (token) =>
      token.revokedAt ? (
        <span className="badge badge--neutral" title={formatDateTime(token.revokedAt)}>
          Revoked {formatDate(token.revokedAt)}
        </span>
      ) : (
        <span className="badge badge--success">Active</span>
      ),
  },
  {
    key: "actions",
    header: <span className="visually-hidden">Actions</span>,
    cellClassName: "middle",
    cell: (token) => (token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} />),
  },
];

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const [tokens, base, methods] = await Promise.all([
    listApiTokens({ db: getDb(), userId: actor.id }),
    baseUrl(),
    signInMethods({ db: getDb(), userId: actor.id }),
  ]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Account</h1>
          <p className="page-header__lede">Your profile and personal API tokens.</p>
        </div>
      </div>

      <div className="card card--padded profile">
        <span className="profile__name">{actor.name}</span>
        <span className="mono muted">{actor.email}</span>
        <RoleBadge role={actor.role} />
      </div>

      <section className="section" aria-labelledby="password-heading">
        <div className="section__header">
          <div>
            <h2 id="password-heading">Password</h2>
            <p className="section__lede">
              {methods.password
                ? "Changing it signs out every other browser and device where your account is signed in."
                : `You sign in through your organisation (${methods.providers.join(", ")}); there is no password to change here.`}
            </p>
          </div>
        </div>
        {actor.mustChangePassword ? (
          <div role="alert" className="alert form-message">
            An administrator reset your password. Choose a new one to continue; the temporary password is your current
            password.
          </div>
        ) : null}
        {methods.password ? (
          <div className="card card--padded">
            <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
          </div>
        ) : null}
      </section>

      <section className="section" aria-labelledby="tokens-heading">
        <div className="section__header">
          <div>
            <h2 id="tokens-heading">API tokens</h2>
            <p className="section__lede">
              A token acts as you, with your role’s permissions, for scripts and tools that call the API. Revoke any
              token you no longer use. What a token can call: the <a href="/api-docs">API reference</a>.
            </p>
          </div>
        </div>

        <div className="card card--padded">
          <CreateTokenForm />
        </div>

        <DataTable
          caption="Your API tokens"
          wrapClassName="section-gap"
          columns={tokenColumns}
          rows={tokens}
          rowKey={(token) => token.id}
          empty="You have no API tokens yet."
        />
      </section>

      <section className="section" aria-labelledby="api-heading">
        <div className="section__header">
          <div>
            <h2 id="api-heading">Using a token</h2>
            <p className="section__lede">Send it in the Authorization header of each request:</p>
          </div>
        </div>
        <pre className="code-block" tabIndex={0} role="region" aria-label="Example request with a token">
          <code>{`curl -H "Authorization: Bearer <token>" ${base}/api/articles`}</code>
        </pre>
      </section>
    </>
  );
}
