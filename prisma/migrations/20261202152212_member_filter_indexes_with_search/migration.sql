-- DropIndex
DROP INDEX "member_disabled_order";

-- DropIndex
DROP INDEX "member_everywhere_role_order";

-- DropIndex
DROP INDEX "member_no_access_order";

-- DropIndex
DROP INDEX "member_organizationId_role_createdAt_id_idx";

-- DropIndex
DROP INDEX "member_system_order";

-- CreateIndex
CREATE INDEX "member_role_order" ON "member"("organizationId", "role", "createdAt", "id", "searchText", "userId");

-- CreateIndex
CREATE INDEX "member_disabled_order" ON "member"("organizationId", "createdAt", "id", "searchText", "userId") WHERE (banned);

-- CreateIndex
CREATE INDEX "member_system_order" ON "member"("organizationId", "createdAt", "id", "searchText", "userId") WHERE (system);

-- CreateIndex
CREATE INDEX "member_no_access_order" ON "member"("organizationId", "createdAt", "id", "searchText", "userId") WHERE (role = 'member' AND NOT "allWorkspaces" AND "workspaceGrantCount" = 0);

-- CreateIndex
CREATE INDEX "member_everywhere_role_order" ON "member"("organizationId", "workspaceRole", "createdAt", "id", "searchText", "userId") WHERE (role = 'member' AND "allWorkspaces");
