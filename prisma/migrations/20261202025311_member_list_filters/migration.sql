-- AlterTable
ALTER TABLE "member" ADD COLUMN     "banned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "system" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "member_organizationId_role_createdAt_id_idx" ON "member"("organizationId", "role", "createdAt", "id");

-- CreateIndex
CREATE INDEX "member_disabled_order" ON "member"("organizationId", "createdAt", "id") WHERE (banned);

-- CreateIndex
CREATE INDEX "member_system_order" ON "member"("organizationId", "createdAt", "id") WHERE (system);

-- CreateIndex
CREATE INDEX "member_chosen_workspaces_order" ON "member"("organizationId", "createdAt", "id") WHERE (role = 'member' AND NOT "allWorkspaces");

-- CreateIndex
CREATE INDEX "member_everywhere_role_order" ON "member"("organizationId", "workspaceRole", "createdAt", "id") WHERE (role = 'member' AND "allWorkspaces");

-- Written by hand: member.banned and member.system copy the user's, kept equal by triggers in the
-- statement that writes either row (whoever writes it: Roster's services, better-auth, plain SQL).
-- The migration runner splits a file at every semicolon, quoted or not, so the function bodies
-- spell theirs as \073 inside E'' strings.
UPDATE "member" m SET "banned" = u."banned", "system" = u."system"
FROM "user" u WHERE u."id" = m."userId" AND (u."banned" OR u."system");

CREATE FUNCTION "member_copy_user_flags"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT u."banned", u."system" INTO NEW."banned", NEW."system" FROM "user" u WHERE u."id" = NEW."userId"\073
  RETURN NEW\073
END';

CREATE TRIGGER "member_copy_user_flags" BEFORE INSERT OR UPDATE OF "userId", "banned", "system" ON "member"
FOR EACH ROW EXECUTE FUNCTION "member_copy_user_flags"();

CREATE FUNCTION "user_flags_to_members"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "member" SET "banned" = NEW."banned", "system" = NEW."system" WHERE "userId" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "user_flags_to_members" AFTER UPDATE OF "banned", "system" ON "user"
FOR EACH ROW WHEN (OLD."banned" IS DISTINCT FROM NEW."banned" OR OLD."system" IS DISTINCT FROM NEW."system")
EXECUTE FUNCTION "user_flags_to_members"();
