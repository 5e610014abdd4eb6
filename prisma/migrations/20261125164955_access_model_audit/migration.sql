-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "apikey" ADD COLUMN     "rateLimitWindowStart" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "member" ADD COLUMN     "allWorkspaces" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "grants" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "workspaceRole" TEXT NOT NULL DEFAULT 'viewer';

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "auditHeadHash" TEXT,
ADD COLUMN     "auditSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "metricsEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "metricsRefreshRate" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "metricsTokenEncrypted" TEXT,
ADD COLUMN     "metricsTokenHash" TEXT,
ADD COLUMN     "serverIp" TEXT;

-- CreateTable
CREATE TABLE "workspace" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member_workspace_grant" (
    "memberId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "member_workspace_grant_pkey" PRIMARY KEY ("memberId","workspaceId")
);

-- CreateTable
CREATE TABLE "group" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gid" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "grants" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "workspaceRole" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_member" (
    "groupId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_member_pkey" PRIMARY KEY ("groupId","memberId")
);

-- CreateTable
CREATE TABLE "group_workspace_grant" (
    "groupId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "group_workspace_grant_pkey" PRIMARY KEY ("groupId","workspaceId")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorName" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetName" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "workspace_organizationId_name_key" ON "workspace"("organizationId", "name");

-- CreateIndex
CREATE INDEX "member_workspace_grant_workspaceId_idx" ON "member_workspace_grant"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "group_organizationId_name_key" ON "group"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "group_organizationId_gid_key" ON "group"("organizationId", "gid");

-- CreateIndex
CREATE INDEX "group_member_memberId_idx" ON "group_member"("memberId");

-- CreateIndex
CREATE INDEX "group_workspace_grant_workspaceId_idx" ON "group_workspace_grant"("workspaceId");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_createdAt_idx" ON "audit_event"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_actorUserId_seq_idx" ON "audit_event"("organizationId", "actorUserId", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_action_seq_idx" ON "audit_event"("organizationId", "action", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_targetId_seq_idx" ON "audit_event"("organizationId", "targetId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_organizationId_seq_key" ON "audit_event"("organizationId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "organization_metricsTokenHash_key" ON "organization"("metricsTokenHash");

-- CreateIndex
CREATE INDEX "user_search_trgm" ON "user" USING GIN ("username" gin_trgm_ops, "name" gin_trgm_ops, "firstName" gin_trgm_ops, "lastName" gin_trgm_ops, "email" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "workspace" ADD CONSTRAINT "workspace_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_workspace_grant" ADD CONSTRAINT "member_workspace_grant_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_workspace_grant" ADD CONSTRAINT "member_workspace_grant_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group" ADD CONSTRAINT "group_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_workspace_grant" ADD CONSTRAINT "group_workspace_grant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_workspace_grant" ADD CONSTRAINT "group_workspace_grant_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
