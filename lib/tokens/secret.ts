import { createHash, randomBytes } from "node:crypto";

/** Tokens look like `cbt_<43 base64url chars>`; the prefix makes leaked tokens easy to spot. */
export const TOKEN_PREFIX = "cbt_";

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** A token carries 256 random bits, so a fast hash is enough (no password-style KDF needed). */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
