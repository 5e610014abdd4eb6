-- DropIndex
DROP INDEX "member_organizationId_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "member_list_walk" ON "member"("organizationId", "createdAt", "id", "searchText", "userId", "role", "allWorkspaces", "banned", "system");
