-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "requireUserGroup" BOOLEAN NOT NULL DEFAULT false;
