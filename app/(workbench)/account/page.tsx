import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { formatDate, formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { RoleBadge } from "@/app/_components/role-badge";
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

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const [tokens, base] = await Promise.all([listApiTokens({ db: getDb(), userId: actor.id }), baseUrl()]);

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

      <section className="section" aria-labelledby="tokens-heading">
        <div className="section__header">
          <div>
            <h2 id="tokens-heading">API tokens</h2>
            <p className="section__lede">
              A token acts as you, with your role’s permissions, for scripts and tools that call the API. Revoke any
              token you no longer use.
            </p>
          </div>
        </div>

        <div className="card card--padded">
          <CreateTokenForm />
        </div>

        <div className="table-wrap section-gap">
          <table className="table">
            <caption className="visually-hidden">Your API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Token</th>
                <th scope="col" className="date">
                  Created
                </th>
                <th scope="col" className="date">
                  Last used
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.length === 0 ? (
                <tr>
                  <td colSpan={6} className="muted">
                    You have no API tokens yet.
                  </td>
                </tr>
              ) : (
                tokens.map((token) => (
                  <tr key={token.id}>
                    <td className="middle cell-title">{token.name}</td>
                    <td className="middle mono">{token.prefix}…</td>
                    <td className="date middle">
                      <When value={token.createdAt} />
                    </td>
                    <td className="date middle">
                      <When value={token.lastUsedAt} />
                    </td>
                    <td className="middle">
                      {token.revokedAt ? (
                        <span className="badge badge--neutral" title={formatDateTime(token.revokedAt)}>
                          Revoked {formatDate(token.revokedAt)}
                        </span>
                      ) : (
                        <span className="badge badge--success">Active</span>
                      )}
                    </td>
                    <td className="middle">{token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} />}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="section" aria-labelledby="api-heading">
        <div className="section__header">
          <div>
            <h2 id="api-heading">Using a token</h2>
            <p className="section__lede">Send it in the Authorization header of each request:</p>
          </div>
        </div>
        <pre className="code-block">
          <code>{`curl -H "Authorization: Bearer <token>" ${base}/api/articles`}</code>
        </pre>
      </section>
    </>
  );
}
