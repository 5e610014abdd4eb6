-- DropForeignKey
ALTER TABLE "invitation" DROP CONSTRAINT "invitation_inviterId_fkey";

-- DropIndex
DROP INDEX "invitation_organizationId_idx";

-- AlterTable
ALTER TABLE "invitation" ADD COLUMN     "acceptedById" TEXT,
ADD COLUMN     "allWorkspaces" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "tokenHash" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "workspaceRole" TEXT NOT NULL DEFAULT 'viewer',
ALTER COLUMN "inviterId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "invitation_group" (
    "invitationId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,

    CONSTRAINT "invitation_group_pkey" PRIMARY KEY ("invitationId","groupId")
);

-- CreateTable
CREATE TABLE "invitation_workspace_grant" (
    "invitationId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "invitation_workspace_grant_pkey" PRIMARY KEY ("invitationId","workspaceId")
);

-- CreateIndex
CREATE INDEX "invitation_group_groupId_idx" ON "invitation_group"("groupId");

-- CreateIndex
CREATE INDEX "invitation_workspace_grant_workspaceId_idx" ON "invitation_workspace_grant"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_tokenHash_key" ON "invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "invitation_organizationId_createdAt_id_idx" ON "invitation"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_one_pending_per_email" ON "invitation"("organizationId", "email") WHERE (status = 'pending');

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_group" ADD CONSTRAINT "invitation_group_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_group" ADD CONSTRAINT "invitation_group_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_workspace_grant" ADD CONSTRAINT "invitation_workspace_grant_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_workspace_grant" ADD CONSTRAINT "invitation_workspace_grant_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
