-- CreateTable
CREATE TABLE "ArticleSignatureBand" (
    "articleId" TEXT NOT NULL,
    "band" INTEGER NOT NULL,
    "key" INTEGER NOT NULL,

    CONSTRAINT "ArticleSignatureBand_pkey" PRIMARY KEY ("articleId","band")
);

-- CreateIndex
CREATE INDEX "ArticleSignatureBand_key_idx" ON "ArticleSignatureBand"("key");

-- AddForeignKey
ALTER TABLE "ArticleSignatureBand" ADD CONSTRAINT "ArticleSignatureBand_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
