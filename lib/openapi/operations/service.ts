import { operation } from "../operation";

/*
 * Operations outside `route()`: the document itself, and the sign-in endpoints next-auth answers
 * under `/api/auth/*` (`app/api/auth/[...nextauth]/route.ts`), described for scripts that sign in
 * the way the browser does.
 */

export const getOpenApiDocument = operation({
  method: "GET",
  path: "/api/openapi.json",
  tag: "Service",
  summary: "This API as an OpenAPI 3.1 document",
  description: "Generated from the same zod schemas the routes parse with; the reference page `/api-docs` shows it.",
  permission: null,
  responses: { 200: "The OpenAPI 3.1 document" },
});

const getAuthCsrf = operation({
  method: "GET",
  path: "/api/auth/csrf",
  tag: "Service",
  summary: "A CSRF token for signing in",
  description: "`{ csrfToken }`, with the cookie it must travel with. Answered by next-auth.",
  permission: null,
  responses: { 200: "`{ csrfToken }`" },
});

const getAuthProviders = operation({
  method: "GET",
  path: "/api/auth/providers",
  tag: "Service",
  summary: "The ways to sign in",
  description: "Answered by next-auth: email and password (`credentials`).",
  permission: null,
  responses: { 200: "The providers by id" },
});

const getAuthSession = operation({
  method: "GET",
  path: "/api/auth/session",
  tag: "Service",
  summary: "The browser session",
  description: "The signed-in user of the session cookie, or an empty object. Answered by next-auth.",
  permission: null,
  responses: { 200: "The session, or `{}`" },
});

const signIn = operation({
  method: "POST",
  path: "/api/auth/callback/credentials",
  tag: "Service",
  summary: "Sign in with email and password",
  description:
    "A form post with the `csrfToken` of `GET /api/auth/csrf` (and its cookie): a redirect that sets the session cookie, or one to the sign-in page with `?error=`. Scripts use a personal token instead.",
  permission: null,
  rawBody: {
    mediaType: "application/x-www-form-urlencoded",
    description: "`csrfToken`, `email`, `password`, `callbackUrl`",
    example: "csrfToken=from-the-csrf-endpoint&email=annotator%40example.org&password=example-password&callbackUrl=%2F",
  },
  responses: { 302: "Signed in (session cookie set), or sent back to sign-in with `?error=`" },
});

/** The next-auth endpoints by operationId. */
export const nextAuthOperations = { getAuthCsrf, getAuthProviders, getAuthSession, signIn };
