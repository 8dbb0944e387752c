// A real OpenID Provider for the tests (panva's oidc-provider, an OpenID-certified
// implementation) on a loopback port: the app signs in through it exactly as through an
// organisation's. Its development login page takes any login and asks for no password; the
// login names the test account (see testAccountId), so each test makes the people it needs.
import Provider from "oidc-provider";

export const TEST_CLIENT = { clientId: "claimbench", clientSecret: "claimbench-oidc-test-secret" };

/** A login for the provider's page that stands for a person with these claims. */
export function testAccountId({ email, verified = true, groups = [], name }) {
  return [email, verified ? "verified" : "unverified", groups.join(","), name ?? ""].join(";");
}

function claimsOf(accountId) {
  const [email, verified, groups, name] = accountId.split(";");
  return {
    sub: accountId,
    email,
    email_verified: verified === "verified",
    name: name || email.split("@")[0],
    groups: groups ? groups.split(",") : [],
  };
}

/**
 * Starts the provider at http://127.0.0.1:<port> for a client whose redirect URIs are given;
 * consent is implied (the app is first-party), so a sign-in is one login form.
 */
export async function startOidcProvider({ port, redirectUris, postLogoutRedirectUris = [] }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => claimsOf(id) };
    },
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    cookies: { keys: ["claimbench-oidc-test-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  });
  // The dev interactions warn on every start; the tests know they are not for production.
  provider.on("server_error", (_ctx, error) => console.error("oidc-provider:", error));
  const server = provider.listen(port, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
