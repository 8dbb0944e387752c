-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "fingerprint" TEXT,
ADD COLUMN     "nearDuplicateOfId" TEXT,
ADD COLUMN     "removedBlocks" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorStatus" TEXT NOT NULL DEFAULT 'anchored';
