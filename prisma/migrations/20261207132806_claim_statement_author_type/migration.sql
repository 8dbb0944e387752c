-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "authorType" TEXT;
ALTER TABLE "Claim" ADD COLUMN "statement" TEXT;
