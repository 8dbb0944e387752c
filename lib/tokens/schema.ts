import { z } from "zod";
import { storableText } from "@/lib/http/wire-rules";

export const CreateTokenInput = z.object({
  name: storableText(z.string()).trim().min(1, "is required").max(100, "must be at most 100 characters"),
});

/** Fields of a token that may be shown (never the hash). */
export const publicTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;
