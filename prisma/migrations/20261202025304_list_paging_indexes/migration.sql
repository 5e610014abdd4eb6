-- DropIndex
DROP INDEX "apikey_organizationId_idx";

-- DropIndex
DROP INDEX "apikey_referenceId_idx";

-- DropIndex
DROP INDEX "session_userId_idx";

-- CreateIndex
CREATE INDEX "apikey_referenceId_createdAt_id_idx" ON "apikey"("referenceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "apikey_organizationId_createdAt_id_idx" ON "apikey"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "group_member_groupId_createdAt_memberId_idx" ON "group_member"("groupId", "createdAt", "memberId");

-- CreateIndex
CREATE INDEX "session_userId_createdAt_id_idx" ON "session"("userId", "createdAt", "id");
