import { dictionary } from "@zxcvbn-ts/language-common";

/** Passwords are at least this long; the demo password is 15. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 1024;

/** The demo accounts' default password: well known, so nobody else may choose it. */
export const WELL_KNOWN_DEMO_PASSWORD = "claimbench-demo";

// ~49,000 passwords seen most often in breaches (zxcvbn's list), compared case-insensitively.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a new password is refused, as a sentence to show next to the field, or null when it is
 * acceptable: long enough, not only whitespace, not one of the common breached passwords, not
 * the account's email nor the demo password.
 */
export function passwordProblem(password: string, { email }: { email?: string } = {}): string | null {
  if (password.trim() === "") return "must not be empty or only spaces";
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const folded = password.trim().toLowerCase();
  if (commonPasswords().has(folded) || new Set(folded).size < 3) {
    return "is one of the most common passwords; choose one that is harder to guess";
  }
  if (folded === WELL_KNOWN_DEMO_PASSWORD || folded === process.env.DEMO_PASSWORD?.toLowerCase()) {
    return "is the demo accounts' password, which is published; choose another";
  }
  if (email && (folded === email.toLowerCase() || folded === email.toLowerCase().split("@")[0])) {
    return "must not be your email address";
  }
  return null;
}
