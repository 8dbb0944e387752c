import { route } from "@/lib/http/route";
import { getArticle } from "@/lib/articles/get-article";
import { can } from "@/lib/auth/permissions";
import { z } from "zod";

const Query = z.object({ raw: z.enum(["true", "false"], { message: "must be true or false" }).optional() });

/** The article; who imported it by name, with the email for admins only. */
export const GET = route({ permission: "articles.read", query: Query }, async ({ db, actor, params, query }) =>
  getArticle({ db, id: params.id ?? "", withRaw: query.raw === "true", withEmails: can(actor, "users.manage") }),
);
