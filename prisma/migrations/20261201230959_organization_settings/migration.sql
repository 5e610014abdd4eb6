-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "invitationExpirySeconds" INTEGER;
