-- CreateTable
CREATE TABLE "ArticleSignatureBand" (
    "articleId" TEXT NOT NULL,
    "band" INTEGER NOT NULL,
    "key" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "band"),
    CONSTRAINT "ArticleSignatureBand_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleSignatureBand_key_idx" ON "ArticleSignatureBand"("key");
