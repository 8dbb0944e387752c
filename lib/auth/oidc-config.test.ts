import { describe, expect, it } from "vitest";
import { mappedRole, oidcProviders } from "./oidc-config";

const env = {
  OIDC_PROVIDERS: "corp, partner",
  OIDC_CORP_ISSUER: "https://id.example.org/",
  OIDC_CORP_CLIENT_ID: "claimbench",
  OIDC_CORP_CLIENT_SECRET: "s3cret",
  OIDC_CORP_NAME: "Example Corp",
  OIDC_CORP_ROLE_CLAIM: "groups",
  OIDC_CORP_ROLE_MAP: "fact-check-leads=reviewer, it-admins=admin",
  OIDC_PARTNER_ISSUER: "https://partner.example.net",
  OIDC_PARTNER_CLIENT_ID: "cb",
  OIDC_PARTNER_CLIENT_SECRET: "x",
  OIDC_PARTNER_DEFAULT_ROLE: "reviewer",
  OIDC_PARTNER_PROVISION: "false",
};

describe("OIDC providers from the environment", () => {
  it("reads several providers with their defaults", () => {
    const [corp, partner] = oidcProviders(env);
    expect(corp).toMatchObject({
      id: "corp",
      name: "Example Corp",
      issuer: "https://id.example.org",
      defaultRole: "annotator",
      roleClaim: "groups",
      roleMap: { "fact-check-leads": "reviewer", "it-admins": "admin" },
      provision: true,
    });
    expect(partner).toMatchObject({ id: "partner", name: "partner", defaultRole: "reviewer", provision: false });
    expect(oidcProviders({})).toEqual([]);
  });

  it("names the missing or malformed setting", () => {
    expect(() => oidcProviders({ ...env, OIDC_CORP_CLIENT_SECRET: "" })).toThrow(/OIDC_CORP_CLIENT_SECRET is not set/);
    expect(() => oidcProviders({ ...env, OIDC_CORP_ROLE_MAP: "leads=boss" })).toThrow(
      /OIDC_CORP_ROLE_MAP: "leads=boss"/,
    );
    expect(() => oidcProviders({ ...env, OIDC_PROVIDERS: "Corp" })).toThrow(/"Corp"/);
  });

  it("maps groups to the highest role, the default when none match, nothing without the claim", () => {
    const [corp] = oidcProviders(env);
    expect(mappedRole(corp!, { groups: ["staff", "fact-check-leads", "it-admins"] })).toBe("admin");
    expect(mappedRole(corp!, { groups: ["fact-check-leads"] })).toBe("reviewer");
    expect(mappedRole(corp!, { groups: [] })).toBe("annotator");
    expect(mappedRole(corp!, { groups: "staff it-admins" })).toBe("admin");
    expect(mappedRole(corp!, {})).toBeNull();
  });
});
