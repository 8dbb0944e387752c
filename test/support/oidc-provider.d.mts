export const TEST_CLIENT: { clientId: string; clientSecret: string };
export function testAccountId(account: { email: string; verified?: boolean; groups?: string[]; name?: string }): string;
export function startOidcProvider(options: {
  port: number;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}): Promise<{ issuer: string; close(): Promise<void> }>;
