-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "licence" TEXT NOT NULL DEFAULT '',
    "visibility" TEXT NOT NULL DEFAULT 'members',
    "annotatorsPerArticle" INTEGER NOT NULL DEFAULT 1,
    "blind" BOOLEAN NOT NULL DEFAULT false,
    "assignmentMode" TEXT NOT NULL DEFAULT 'automatic',
    "queueOrder" TEXT NOT NULL DEFAULT 'fewest_first',
    "quotaCount" INTEGER,
    "quotaShare" REAL,
    "abandonAfterMinutes" INTEGER DEFAULT 2880,
    "requireGuidelinesRead" BOOLEAN NOT NULL DEFAULT false,
    "verdictLabels" TEXT NOT NULL DEFAULT '[{"key":"supported","label":"Supported"},{"key":"refuted","label":"Refuted"},{"key":"conflicting","label":"Conflicting evidence/Cherry-picking"},{"key":"not_enough_evidence","label":"Not enough evidence"}]',
    "overlapThreshold" REAL NOT NULL DEFAULT 0.5,
    "autoMerge" TEXT NOT NULL DEFAULT 'none',
    "majorityThreshold" REAL NOT NULL DEFAULT 0.5,
    "anonymousAdjudication" BOOLEAN NOT NULL DEFAULT false,
    "adjudicationIsReview" BOOLEAN NOT NULL DEFAULT false,
    "escalationMeasure" TEXT,
    "escalationThreshold" REAL,
    "escalationMaxAnnotators" INTEGER,
    "archivedAt" DATETIME,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'annotator',
    "quota" INTEGER,
    "activeAssignments" INTEGER NOT NULL DEFAULT 0,
    "shuffleSeed" INTEGER NOT NULL DEFAULT 0,
    "guidelinesSeen" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProjectMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectKind" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProjectKind_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GuidelinesVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "markdown" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GuidelinesVersion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GuidelinesVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectArticle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "addedById" TEXT,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "targetAnnotators" INTEGER NOT NULL DEFAULT 1,
    "blind" BOOLEAN NOT NULL DEFAULT false,
    "activeAssignments" INTEGER NOT NULL DEFAULT 0,
    "submittedAssignments" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL DEFAULT 'open',
    "startedAt" DATETIME,
    "annotatedAt" DATETIME,
    "adjudicatedAt" DATETIME,
    "shuffleKey" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ProjectArticle_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProjectArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProjectArticle_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "annotatorId" TEXT NOT NULL,
    "assignedById" TEXT,
    "state" TEXT NOT NULL DEFAULT 'assigned',
    "returnReason" TEXT,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "submittedAt" DATETIME,
    "returnedAt" DATETIME,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Assignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_projectId_articleId_fkey" FOREIGN KEY ("projectId", "articleId") REFERENCES "ProjectArticle" ("projectId", "articleId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_annotatorId_fkey" FOREIGN KEY ("annotatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL DEFAULT 'default',
    "articleId" TEXT NOT NULL,
    "layer" TEXT NOT NULL DEFAULT 'annotation',
    "assignmentId" TEXT,
    "guidelinesVersionId" TEXT,
    "submittedGuidelinesVersionId" TEXT,
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
    "verdict" TEXT,
    "justification" TEXT,
    "clusterId" TEXT,
    "submittedAt" DATETIME,
    "reviewerId" TEXT,
    "approvedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_projectId_articleId_fkey" FOREIGN KEY ("projectId", "articleId") REFERENCES "ProjectArticle" ("projectId", "articleId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_guidelinesVersionId_fkey" FOREIGN KEY ("guidelinesVersionId") REFERENCES "GuidelinesVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_submittedGuidelinesVersionId_fkey" FOREIGN KEY ("submittedGuidelinesVersionId") REFERENCES "GuidelinesVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_projectId_kind_fkey" FOREIGN KEY ("projectId", "kind") REFERENCES "ProjectKind" ("projectId", "key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("anchorStatus", "approvedAt", "articleId", "attributedTo", "authorId", "clusterId", "createdAt", "end", "exact", "id", "justification", "kind", "note", "prefix", "qualifier", "reviewerId", "start", "status", "submittedAt", "suffix", "timeRef", "unit", "updatedAt", "value", "valueMax", "verdict", "version") SELECT "anchorStatus", "approvedAt", "articleId", "attributedTo", "authorId", "clusterId", "createdAt", "end", "exact", "id", "justification", "kind", "note", "prefix", "qualifier", "reviewerId", "start", "status", "submittedAt", "suffix", "timeRef", "unit", "updatedAt", "value", "valueMax", "verdict", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_projectId_articleId_authorId_idx" ON "Claim"("projectId", "articleId", "authorId");
CREATE INDEX "Claim_projectId_status_id_idx" ON "Claim"("projectId", "status", "id");
CREATE INDEX "Claim_projectId_kind_idx" ON "Claim"("projectId", "kind");
CREATE INDEX "Claim_assignmentId_idx" ON "Claim"("assignmentId");
CREATE INDEX "Claim_clusterId_idx" ON "Claim"("clusterId");
CREATE INDEX "Claim_status_idx" ON "Claim"("status");
CREATE INDEX "Claim_status_id_idx" ON "Claim"("status", "id");
CREATE INDEX "Claim_authorId_idx" ON "Claim"("authorId");
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");
CREATE TABLE "new_Cluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Cluster_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cluster_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Cluster" ("createdAt", "createdById", "description", "id", "name", "updatedAt", "version") SELECT "createdAt", "createdById", "description", "id", "name", "updatedAt", "version" FROM "Cluster";
DROP TABLE "Cluster";
ALTER TABLE "new_Cluster" RENAME TO "Cluster";
CREATE UNIQUE INDEX "Cluster_projectId_name_key" ON "Cluster"("projectId", "name");
CREATE TABLE "new_SuggestionDismissal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL DEFAULT 'default',
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SuggestionDismissal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SuggestionDismissal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SuggestionDismissal" ("articleId", "createdAt", "end", "exact", "id", "start", "userId") SELECT "articleId", "createdAt", "end", "exact", "id", "start", "userId" FROM "SuggestionDismissal";
DROP TABLE "SuggestionDismissal";
ALTER TABLE "new_SuggestionDismissal" RENAME TO "SuggestionDismissal";
CREATE INDEX "SuggestionDismissal_projectId_articleId_start_end_idx" ON "SuggestionDismissal"("projectId", "articleId", "start", "end");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

-- Data: the database as it was becomes one project, "Default", with the six kinds it had,
-- every article in it and every claim and cluster in it. It is open to every user of the
-- instance with their instance role (visibility "instance"), one annotator per article, not
-- blind: an instance that never makes a second project works exactly as before.

INSERT INTO "Project" ("id", "name", "description", "visibility", "annotatorsPerArticle", "blind", "assignmentMode", "queueOrder", "createdAt", "updatedAt")
VALUES ('default', 'Default', 'Every article and claim from before projects existed, and what is added to no other project.', 'instance', 1, false, 'automatic', 'fewest_first', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_casualty', 'default', 'casualty', 'Casualty', '#c0263b', 1, 'A figure of people killed, injured, missing or displaced.', '["over 30,000 people dead", "at least 120 injured"]', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_quantity', 'default', 'quantity', 'Quantity', '#1a63c4', 2, 'Any other stated amount: money, distances, counts of things, percentages.', '["$2.4 billion in aid", "a 7 per cent rise"]', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_event', 'default', 'event', 'Event', '#6d45c9', 3, 'A statement that something happened, at a time or place.', '["the ceasefire took effect on Monday"]', 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_quote', 'default', 'quote', 'Quote', '#0b7480', 4, 'Words a named person or body is reported to have said.', '["\"We will not back down,\" the minister said"]', 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_attribution', 'default', 'attribution', 'Attribution', '#a35a00', 5, 'Who a figure or statement is credited to.', '["according to the UN refugee agency"]', 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "definition", "examples", "position", "createdAt", "updatedAt")
VALUES ('default_kind_other', 'default', 'other', 'Other', '#56606d', 6, 'A checkable factual claim that fits none of the kinds above.', '[]', 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- A kind some row holds outside the six (hand-edited data) joins the schema rather than the claim being lost.

INSERT INTO "ProjectKind" ("id", "projectId", "key", "label", "colour", "shortcut", "position", "createdAt", "updatedAt")
SELECT 'default_kind_' || "kind", 'default', "kind", "kind", '#56606d', NULL, 100, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT DISTINCT "kind" FROM "Claim" WHERE "kind" NOT IN ('casualty', 'quantity', 'event', 'quote', 'attribution', 'other')) AS "extra";

INSERT INTO "ProjectArticle" ("id", "projectId", "articleId", "addedById", "addedAt", "targetAnnotators", "blind", "state", "shuffleKey")
SELECT 'default_' || "id", 'default', "id", "importedById", "importedAt", 1, false, 'open', abs(random() % 1073741824) FROM "Article";

UPDATE "Claim" SET "projectId" = 'default';
UPDATE "Cluster" SET "projectId" = 'default';
UPDATE "SuggestionDismissal" SET "projectId" = 'default';
