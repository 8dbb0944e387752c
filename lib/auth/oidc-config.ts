import { z } from "zod";
import { Role } from "./permissions";

/** One OpenID Connect provider people may sign in with, as configured in the environment. */
export interface OidcProviderConfig {
  /** Short id used in URLs (`/api/auth/callback/<id>`) and in linked identities. */
  id: string;
  /** What the sign-in button says: "Sign in with <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The role of an account made on first sign-in when no mapping applies. */
  defaultRole: Role;
  /** A claim holding group names (e.g. `groups`), or null for no role mapping. */
  roleClaim: string | null;
  /** Group name → role; the highest role among the person's groups wins. */
  roleMap: Record<string, Role>;
  /** Make an account for an unknown (verified) email; otherwise only existing accounts may sign in. */
  provision: boolean;
}

const Id = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "must be lower-case letters, digits or dashes");

function roleMap(raw: string | undefined, prefix: string): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const entry of (raw ?? "").split(",")) {
    if (!entry.trim()) continue;
    const at = entry.lastIndexOf("=");
    const group = entry.slice(0, at).trim();
    const role = Role.safeParse(entry.slice(at + 1).trim());
    if (at <= 0 || !group || !role.success) {
      throw new Error(`${prefix}ROLE_MAP: "${entry.trim()}" is not group=annotator|reviewer|admin`);
    }
    map[group] = role.data;
  }
  return map;
}

/**
 * The providers named in OIDC_PROVIDERS (comma-separated ids), each configured by
 * OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET and optionally _NAME, _DEFAULT_ROLE, _ROLE_CLAIM,
 * _ROLE_MAP (`group=role,…`) and _PROVISION (`false` to admit existing accounts only). A missing
 * or malformed setting stops the server with its name rather than failing at someone's sign-in.
 */
export function oidcProviders(env: Record<string, string | undefined> = process.env): OidcProviderConfig[] {
  const ids = (env.OIDC_PROVIDERS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return ids.map((id) => {
    if (!Id.safeParse(id).success)
      throw new Error(`OIDC_PROVIDERS: "${id}" must be lower-case letters, digits or dashes`);
    const prefix = `OIDC_${id.toUpperCase().replaceAll("-", "_")}_`;
    const need = (name: string) => {
      const value = env[prefix + name]?.trim();
      if (!value) throw new Error(`${prefix}${name} is not set (OIDC_PROVIDERS lists "${id}")`);
      return value;
    };
    const defaultRole = Role.safeParse(env[`${prefix}DEFAULT_ROLE`] ?? "annotator");
    if (!defaultRole.success) throw new Error(`${prefix}DEFAULT_ROLE must be annotator, reviewer or admin`);
    const issuer = need("ISSUER");
    if (!/^https?:\/\//.test(issuer)) throw new Error(`${prefix}ISSUER must be an http(s) URL`);
    return {
      id,
      name: env[`${prefix}NAME`]?.trim() || id,
      issuer: issuer.replace(/\/+$/, ""),
      clientId: need("CLIENT_ID"),
      clientSecret: need("CLIENT_SECRET"),
      defaultRole: defaultRole.data,
      roleClaim: env[`${prefix}ROLE_CLAIM`]?.trim() || null,
      roleMap: roleMap(env[`${prefix}ROLE_MAP`], prefix),
      provision: env[`${prefix}PROVISION`]?.trim().toLowerCase() !== "false",
    };
  });
}

const rank: Record<Role, number> = { annotator: 0, reviewer: 1, admin: 2 };

/**
 * The role the provider's claims map to: the highest role among the person's groups, else the
 * default. Null when no role claim is configured or the token does not carry it (then an existing
 * account keeps the role it has).
 */
export function mappedRole(provider: OidcProviderConfig, claims: Record<string, unknown>): Role | null {
  if (!provider.roleClaim || !(provider.roleClaim in claims)) return null;
  const value = claims[provider.roleClaim];
  const groups = (Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,]+/) : []).filter(
    (g): g is string => typeof g === "string",
  );
  let best: Role = provider.defaultRole;
  for (const group of groups) {
    const role = provider.roleMap[group];
    if (role && rank[role] > rank[best]) best = role;
  }
  return best;
}
