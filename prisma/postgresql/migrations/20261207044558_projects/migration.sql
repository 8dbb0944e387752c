-- DropIndex
DROP INDEX "Cluster_name_key";

-- DropIndex
DROP INDEX "SuggestionDismissal_articleId_start_end_key";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assignmentId" TEXT,
ADD COLUMN     "guidelinesVersionId" TEXT,
ADD COLUMN     "layer" TEXT NOT NULL DEFAULT 'annotation',
ADD COLUMN     "projectId" TEXT NOT NULL DEFAULT 'default',
ADD COLUMN     "submittedGuidelinesVersionId" TEXT;

-- AlterTable
ALTER TABLE "Cluster" ADD COLUMN     "projectId" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "SuggestionDismissal" ADD COLUMN     "projectId" TEXT NOT NULL DEFAULT 'default';

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "licence" TEXT NOT NULL DEFAULT '',
    "visibility" TEXT NOT NULL DEFAULT 'members',
    "annotatorsPerArticle" INTEGER NOT NULL DEFAULT 1,
    "blind" BOOLEAN NOT NULL DEFAULT false,
    "assignmentMode" TEXT NOT NULL DEFAULT 'automatic',
    "queueOrder" TEXT NOT NULL DEFAULT 'fewest_first',
    "quotaCount" INTEGER,
    "quotaShare" DOUBLE PRECISION,
    "abandonAfterMinutes" INTEGER DEFAULT 2880,
    "requireGuidelinesRead" BOOLEAN NOT NULL DEFAULT false,
    "verdictLabels" TEXT NOT NULL DEFAULT '[{"key":"supported","label":"Supported"},{"key":"refuted","label":"Refuted"},{"key":"conflicting","label":"Conflicting evidence/Cherry-picking"},{"key":"not_enough_evidence","label":"Not enough evidence"}]',
    "overlapThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "autoMerge" TEXT NOT NULL DEFAULT 'none',
    "majorityThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "anonymousAdjudication" BOOLEAN NOT NULL DEFAULT false,
    "adjudicationIsReview" BOOLEAN NOT NULL DEFAULT false,
    "escalationMeasure" TEXT,
    "escalationThreshold" DOUBLE PRECISION,
    "escalationMaxAnnotators" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'annotator',
    "quota" INTEGER,
    "activeAssignments" INTEGER NOT NULL DEFAULT 0,
    "shuffleSeed" INTEGER NOT NULL DEFAULT 0,
    "guidelinesSeen" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectKind" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "shortcut" INTEGER,
    "definition" TEXT NOT NULL DEFAULT '',
    "examples" TEXT NOT NULL DEFAULT '[]',
    "attributes" TEXT NOT NULL DEFAULT '{"value":"optional","qualifier":"optional","range":"optional","unit":"optional","timeRef":"optional","attributedTo":"optional"}',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidelinesVersion" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "markdown" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidelinesVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectArticle" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "addedById" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "targetAnnotators" INTEGER NOT NULL DEFAULT 1,
    "blind" BOOLEAN NOT NULL DEFAULT false,
    "activeAssignments" INTEGER NOT NULL DEFAULT 0,
    "submittedAssignments" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL DEFAULT 'open',
    "startedAt" TIMESTAMP(3),
    "annotatedAt" TIMESTAMP(3),
    "adjudicatedAt" TIMESTAMP(3),
    "shuffleKey" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "annotatorId" TEXT NOT NULL,
    "assignedById" TEXT,
    "state" TEXT NOT NULL DEFAULT 'assigned',
    "returnReason" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_name_key" ON "Project"("name");

-- CreateIndex
CREATE INDEX "ProjectMember_userId_idx" ON "ProjectMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectMember_projectId_userId_key" ON "ProjectMember"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectKind_projectId_key_key" ON "ProjectKind"("projectId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectKind_projectId_shortcut_key" ON "ProjectKind"("projectId", "shortcut");

-- CreateIndex
CREATE UNIQUE INDEX "GuidelinesVersion_projectId_number_key" ON "GuidelinesVersion"("projectId", "number");

-- CreateIndex
CREATE INDEX "ProjectArticle_projectId_state_activeAssignments_addedAt_idx" ON "ProjectArticle"("projectId", "state", "activeAssignments", "addedAt");

-- CreateIndex
CREATE INDEX "ProjectArticle_articleId_idx" ON "ProjectArticle"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectArticle_projectId_articleId_key" ON "ProjectArticle"("projectId", "articleId");

-- CreateIndex
CREATE INDEX "Assignment_annotatorId_state_idx" ON "Assignment"("annotatorId", "state");

-- CreateIndex
CREATE INDEX "Assignment_projectId_state_lastActivityAt_idx" ON "Assignment"("projectId", "state", "lastActivityAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_projectId_articleId_annotatorId_key" ON "Assignment"("projectId", "articleId", "annotatorId");

-- CreateIndex
CREATE INDEX "Claim_projectId_articleId_authorId_idx" ON "Claim"("projectId", "articleId", "authorId");

-- CreateIndex
CREATE INDEX "Claim_projectId_status_id_idx" ON "Claim"("projectId", "status", "id");

-- CreateIndex
CREATE INDEX "Claim_projectId_kind_idx" ON "Claim"("projectId", "kind");

-- CreateIndex
CREATE INDEX "Claim_assignmentId_idx" ON "Claim"("assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_projectId_name_key" ON "Cluster"("projectId", "name");

-- CreateIndex
CREATE INDEX "SuggestionDismissal_projectId_articleId_start_end_idx" ON "SuggestionDismissal"("projectId", "articleId", "start", "end");

-- Data: the database as it was becomes one project, "Default", with the six kinds it had,
-- every article in it and every claim and cluster in it. It is open to every user of the
-- instance with their instance role (visibility "instance"), one annotator per article, not
-- blind: an instance that never makes a second project works exactly as before.

INSERT INTO "Project" ("id", "name", "description", "visibility", "annotatorsPerArticle", "blind", "assignmentMode", "queueOrder", "createdAt", "updatedAt")
VALUES ('default', 'Default', 'Every article and claim from before projects existed, and what is added to no other project.', 'instance', 1, false, 'automatic', 'fewest_first', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_casualty', 'default', 'casualty', 'Casualty', '#c0263b', 1, 'A figure of people killed, injured, missing or displaced.', '["over 30,000 people dead", "at least 120 injured"]', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_quantity', 'default', 'quantity', 'Quantity', '#1a63c4', 2, 'Any other stated amount: money, distances, counts of things, percentages.', '["$2.4 billion in aid", "a 7 per cent rise"]', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_event', 'default', 'event', 'Event', '#6d45c9', 3, 'A statement that something happened, at a time or place.', '["the ceasefire took effect on Monday"]', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_quote', 'default', 'quote', 'Quote', '#0b7480', 4, 'Words a named person or body is reported to have said.', '["\"We will not back down,\" the minister said"]', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_attribution', 'default', 'attribution', 'Attribution', '#a35a00', 5, 'Who a figure or statement is credited to.', '["according to the UN refugee agency"]', 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_other', 'default', 'other', 'Other', '#56606d', 6, 'A checkable factual claim that fits none of the kinds above.', '[]', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- A kind some row holds outside the six (hand-edited data) joins the schema rather than the claim being lost.

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "position", "createdAt", "updatedAt")
SELECT 'default_kind_' || "kind", 'default', "kind", "kind", '#56606d', NULL, 100, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (SELECT DISTINCT "kind" FROM "Claim" WHERE "kind" NOT IN ('casualty', 'quantity', 'event', 'quote', 'attribution', 'other')) AS "extra";

INSERT INTO "ProjectArticle" ("id", "projectId", "articleId", "addedById", "addedAt", "targetAnnotators", "blind", "state", "shuffleKey")
SELECT 'default_' || "id", 'default', "id", "importedById", "importedAt", 1, false, 'open', floor(random() * 1073741824)::int FROM "Article";

UPDATE "Claim" SET "projectId" = 'default';
UPDATE "Cluster" SET "projectId" = 'default';
UPDATE "SuggestionDismissal" SET "projectId" = 'default';

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_projectId_articleId_fkey" FOREIGN KEY ("projectId", "articleId") REFERENCES "ProjectArticle"("projectId", "articleId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_guidelinesVersionId_fkey" FOREIGN KEY ("guidelinesVersionId") REFERENCES "GuidelinesVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_submittedGuidelinesVersionId_fkey" FOREIGN KEY ("submittedGuidelinesVersionId") REFERENCES "GuidelinesVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_projectId_kind_fkey" FOREIGN KEY ("projectId", "kind") REFERENCES "ProjectKind"("projectId", "key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectKind" ADD CONSTRAINT "ProjectKind_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidelinesVersion" ADD CONSTRAINT "GuidelinesVersion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidelinesVersion" ADD CONSTRAINT "GuidelinesVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectArticle" ADD CONSTRAINT "ProjectArticle_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectArticle" ADD CONSTRAINT "ProjectArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectArticle" ADD CONSTRAINT "ProjectArticle_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_projectId_articleId_fkey" FOREIGN KEY ("projectId", "articleId") REFERENCES "ProjectArticle"("projectId", "articleId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_annotatorId_fkey" FOREIGN KEY ("annotatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
