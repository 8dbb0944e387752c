import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getArticle } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** The article for this request (shared by the page and its metadata), or the 404 page. */
export const loadArticle = cache(async (id: string) => {
  try {
    return await getArticle({ db: getDb(), id });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
