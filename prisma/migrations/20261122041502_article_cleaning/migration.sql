-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "rawOriginal" TEXT NOT NULL,
    "rawFormat" TEXT NOT NULL DEFAULT 'text',
    "removedBlocks" TEXT NOT NULL DEFAULT '[]',
    "fingerprint" TEXT,
    "nearDuplicateOfId" TEXT,
    "importedById" TEXT,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("author", "contentHash", "id", "importedAt", "importedById", "publishedAt", "publisher", "rawFormat", "rawOriginal", "text", "title", "updatedAt", "url", "version", "wordCount") SELECT "author", "contentHash", "id", "importedAt", "importedById", "publishedAt", "publisher", "rawFormat", "rawOriginal", "text", "title", "updatedAt", "url", "version", "wordCount" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_contentHash_idx" ON "Article"("contentHash");
CREATE INDEX "Article_url_idx" ON "Article"("url");
CREATE INDEX "Article_importedAt_idx" ON "Article"("importedAt");
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" REAL,
    "qualifier" TEXT,
    "valueMax" REAL,
    "unit" TEXT,
    "timeRef" TEXT,
    "attributedTo" TEXT,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "anchorStatus" TEXT NOT NULL DEFAULT 'anchored',
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "attributedTo", "authorId", "createdAt", "end", "exact", "id", "kind", "note", "prefix", "qualifier", "start", "status", "suffix", "timeRef", "unit", "updatedAt", "value", "valueMax", "version") SELECT "articleId", "attributedTo", "authorId", "createdAt", "end", "exact", "id", "kind", "note", "prefix", "qualifier", "start", "status", "suffix", "timeRef", "unit", "updatedAt", "value", "valueMax", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_status_idx" ON "Claim"("status");
CREATE INDEX "Claim_authorId_idx" ON "Claim"("authorId");
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
