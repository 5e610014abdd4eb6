-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "keyEra" TEXT;
