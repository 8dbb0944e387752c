-- CreateTable
CREATE TABLE "Adjudication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 1,
    "closedById" TEXT,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Adjudication_projectId_articleId_fkey" FOREIGN KEY ("projectId", "articleId") REFERENCES "ProjectArticle" ("projectId", "articleId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Adjudication_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdjudicationDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "adjudicationId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "provenance" TEXT NOT NULL,
    "takenClaimId" TEXT,
    "reasonCode" TEXT,
    "comment" TEXT,
    "goldClaimId" TEXT,
    "adjudicatorId" TEXT,
    "supersededAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AdjudicationDecision_adjudicationId_fkey" FOREIGN KEY ("adjudicationId") REFERENCES "Adjudication" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdjudicationDecision_goldClaimId_fkey" FOREIGN KEY ("goldClaimId") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AdjudicationDecision_adjudicatorId_fkey" FOREIGN KEY ("adjudicatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdjudicationClaim" (
    "decisionId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("decisionId", "claimId"),
    CONSTRAINT "AdjudicationClaim_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AdjudicationDecision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdjudicationClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "valueTolerance" REAL NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Adjudication_projectId_state_idx" ON "Adjudication"("projectId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Adjudication_projectId_articleId_key" ON "Adjudication"("projectId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "AdjudicationDecision_goldClaimId_key" ON "AdjudicationDecision"("goldClaimId");

-- CreateIndex
CREATE INDEX "AdjudicationDecision_adjudicationId_supersededAt_idx" ON "AdjudicationDecision"("adjudicationId", "supersededAt");

-- CreateIndex
CREATE INDEX "AdjudicationClaim_claimId_idx" ON "AdjudicationClaim"("claimId");
