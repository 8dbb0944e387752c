import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { userSnapshot } from "@/lib/audit/snapshots";
import { AppError } from "@/lib/errors";
import { Email } from "@/lib/users/schema";
import { mappedRole, type OidcProviderConfig } from "./oidc-config";

/** Why an identity provider's sign-in is refused; the sign-in page explains each code. */
export type IdentityRefusal = "OidcUnverifiedEmail" | "OidcNoAccount" | "OidcDisabled" | "OidcNoEmail";

export class IdentityRefused extends Error {
  constructor(readonly code: IdentityRefusal) {
    super(code);
  }
}

/**
 * The account a person signing in through an OpenID provider acts as. Found by the provider's
 * subject if it was linked before, else by the email — only when the provider says the email is
 * verified — and linked; else made, with the mapped or default role, when the provider allows it.
 * With a role claim configured, the role follows the provider's groups at every sign-in.
 * Every link, account and role change is audited (actor: the system).
 */
export async function signInWithIdentity({
  db,
  provider,
  claims,
}: {
  db: Db;
  provider: OidcProviderConfig;
  claims: Record<string, unknown>;
}): Promise<{ id: string; sessionVersion: number }> {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  if (!subject) throw new AppError("bad_request", "The identity provider sent no subject");
  const email = Email.safeParse(claims.email);
  const verified = claims.email_verified === true || claims.email_verified === "true";
  const role = mappedRole(provider, claims);
  const name =
    (typeof claims.name === "string" && claims.name.trim().slice(0, 200)) ||
    (email.success ? email.data.split("@")[0]! : subject.slice(0, 200));

  return db.$transaction(async (tx) => {
    const linked = await tx.userIdentity.findUnique({
      where: { provider_subject: { provider: provider.id, subject } },
      select: { userId: true },
    });
    let userId = linked?.userId;
    if (!userId) {
      if (!email.success) throw new IdentityRefused("OidcNoEmail");
      if (!verified) throw new IdentityRefused("OidcUnverifiedEmail");
      const existing = await tx.user.findUnique({ where: { email: email.data }, select: { id: true } });
      if (existing) {
        userId = existing.id;
      } else {
        if (!provider.provision) throw new IdentityRefused("OidcNoAccount");
        // No password: this account signs in through its provider only (an empty hash never verifies).
        const created = await tx.user.create({
          data: { email: email.data, name, role: role ?? provider.defaultRole, passwordHash: "" },
          select: { id: true },
        });
        userId = created.id;
        await recordAudit(tx, {
          actorId: null,
          action: "user.create",
          entityType: "user",
          entityId: userId,
          after: { ...(await userSnapshot(tx, userId)), provider: provider.id },
        });
      }
      await tx.userIdentity.create({ data: { provider: provider.id, subject, userId, email: email.data } });
      await recordAudit(tx, {
        actorId: null,
        action: "user.identity_link",
        entityType: "user",
        entityId: userId,
        after: { provider: provider.id, subject, email: email.data },
      });
    }
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, role: true, disabledAt: true, sessionVersion: true },
    });
    if (user.disabledAt) throw new IdentityRefused("OidcDisabled");
    if (role && role !== user.role) {
      const before = await userSnapshot(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { role, version: { increment: 1 } } });
      await recordAudit(tx, {
        actorId: null,
        action: "user.role_change",
        entityType: "user",
        entityId: userId,
        before,
        after: { ...(await userSnapshot(tx, userId)), provider: provider.id },
      });
    }
    return { id: user.id, sessionVersion: user.sessionVersion };
  });
}
