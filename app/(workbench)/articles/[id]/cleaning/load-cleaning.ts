import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/articles/get-article";
import { listRemovedBlocks } from "@/lib/articles/cleaning/list-removed-blocks";

/** The article and what cleaning removed from it, or the 404 page. */
export async function loadCleaning(id: string) {
  const db = getDb();
  try {
    const [article, cleaning] = await Promise.all([getArticle({ db, id }), listRemovedBlocks({ db, articleId: id })]);
    return { article, cleaning };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
