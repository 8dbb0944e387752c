-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "authorType" TEXT,
ADD COLUMN     "statement" TEXT;
