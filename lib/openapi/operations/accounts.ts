import { ListAuditQuery } from "@/lib/audit/schema";
import { ChangePasswordInput, CreateUserInput, SetRoleInput } from "@/lib/users/schema";
import { CreateTokenInput } from "@/lib/tokens/schema";
import { operation } from "../operation";

export const getAudit = operation({
  method: "GET",
  path: "/api/audit",
  tag: "Accounts",
  summary: "Read the audit log",
  description:
    "The whole audit log for admins, newest first: `?actorId=&action=&entityType=&entityId=&from=&to=&page=&pageSize=` → `{ items, page, pageSize, total, pages }`. Only GET exists: the log cannot be changed through the API (other methods answer 405).",
  permission: "users.manage",
  query: ListAuditQuery,
  responses: { 200: "`{ items, page, pageSize, total, pages }`, newest first" },
  example: { query: { entityType: "claim", page: 1 } },
});

export const getHealth = operation({
  method: "GET",
  path: "/api/health",
  tag: "Service",
  summary: "Liveness and a database round trip",
  description:
    "Liveness plus a real round trip to the database. Anonymous callers learn only that it is up; the database and the version (which tell an attacker what to try) are for signed-in users.",
  permission: null,
  responses: { 200: "`{ ok }`; signed in also `database` and `version`" },
});

export const changePassword = operation({
  method: "POST",
  path: "/api/me/password",
  tag: "Accounts",
  summary: "Change your password",
  description:
    "Changes the caller's password `{ currentPassword, newPassword }`. Every session of the account ends; this one gets a new cookie in the answer. Only from a session (403 with a token).",
  permission: "articles.read",
  body: ChangePasswordInput,
  sessionOnly: true,
  responses: {
    200: "`{ changed, sessionsEnded }`; this session gets a new cookie",
    422: "The current password is wrong or the new one too weak",
  },
  example: { body: { currentPassword: "example-password-1", newPassword: "example-password-2" } },
});

export const getMe = operation({
  method: "GET",
  path: "/api/me",
  tag: "Accounts",
  summary: "Who you are",
  description: "",
  permission: "articles.read",
  responses: { 200: "The caller with role and permissions" },
});

export const getSentBackCount = operation({
  method: "GET",
  path: "/api/me/sent-back",
  tag: "Accounts",
  summary: "How many claims are sent back to you",
  description: "`{ count }` of the caller's claims a reviewer sent back, as the header's inbox shows it.",
  permission: "claims.write",
  responses: { 200: "`{ count }`" },
});

export const deleteToken = operation({
  method: "DELETE",
  path: "/api/tokens/{id}",
  tag: "Accounts",
  summary: "Revoke a token",
  description: "Revokes one of the caller's tokens (admins may revoke anyone's).",
  permission: "articles.read",
  responses: { 200: "The revoked token" },
});

export const getTokens = operation({
  method: "GET",
  path: "/api/tokens",
  tag: "Accounts",
  summary: "List your tokens",
  description: "",
  permission: "articles.read",
  responses: { 200: "`{ items }` without secrets" },
});

export const createToken = operation({
  method: "POST",
  path: "/api/tokens",
  tag: "Accounts",
  summary: "Create a personal API token",
  description:
    "The response is the only place the token's secret ever appears. Only from a session, never from a token.",
  permission: "articles.read",
  body: CreateTokenInput,
  sessionOnly: true,
  responses: { 201: "The token with its `secret`, shown only here" },
  example: { body: { name: "laptop" } },
});

export const disableUser = operation({
  method: "POST",
  path: "/api/users/{id}/disable",
  tag: "Accounts",
  summary: "Disable an account",
  description: "Disables the account: its sessions and tokens stop working at once, sign-in is refused.",
  permission: "users.manage",
  responses: { 200: "The user, disabled" },
});

export const enableUser = operation({
  method: "POST",
  path: "/api/users/{id}/enable",
  tag: "Accounts",
  summary: "Enable an account again",
  description: "Enables a disabled account again (its old sessions stay ended).",
  permission: "users.manage",
  responses: { 200: "The user, enabled" },
});

export const resetUserPassword = operation({
  method: "POST",
  path: "/api/users/{id}/password-reset",
  tag: "Accounts",
  summary: "Set a temporary password",
  description:
    "Sets a temporary password, in this answer only: the user must replace it at their next sign-in, and their sessions end.",
  permission: "users.manage",
  responses: { 200: "The user and the temporary password" },
});

export const updateUser = operation({
  method: "PATCH",
  path: "/api/users/{id}",
  tag: "Accounts",
  summary: "Change a user's role",
  description: "Changes a user's role: `{ role, version? }`.",
  permission: "users.manage",
  body: SetRoleInput,
  responses: { 200: "The user", 409: "`version` is stale (`current` holds the user)" },
  example: { body: { role: "reviewer", version: 1 } },
});

export const signOutUser = operation({
  method: "POST",
  path: "/api/users/{id}/sign-out",
  tag: "Accounts",
  summary: "End every session of a user",
  description: "Signs the user out everywhere: every session ends (their API tokens are revoked separately).",
  permission: "users.manage",
  responses: { 200: "How many sessions ended" },
});

export const getUsers = operation({
  method: "GET",
  path: "/api/users",
  tag: "Accounts",
  summary: "List users",
  description: "",
  permission: "users.manage",
  responses: { 200: "`{ items }`" },
});

export const createUser = operation({
  method: "POST",
  path: "/api/users",
  tag: "Accounts",
  summary: "Create a user",
  description: "",
  permission: "users.manage",
  body: CreateUserInput,
  responses: { 201: "The new user", 409: "The email is taken" },
  example: {
    body: { email: "new.annotator@example.org", name: "New Annotator", role: "annotator", password: "a-long-password" },
  },
});
