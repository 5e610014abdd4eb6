-- AlterTable
ALTER TABLE "group_member" ADD COLUMN     "memberSearchText" TEXT NOT NULL DEFAULT '';

-- Written by hand: group_member."memberSearchText" copies its member's "searchText", kept equal by
-- the triggers that already keep "memberCreatedAt" equal (their names still say "order"), so that a
-- search within a group checks each of the group's members in group_member_member_order alone and
-- reads a member row only for those that match. The migration runner splits a file at every
-- semicolon, quoted or not, so the function bodies spell theirs as \073 inside E'' strings.
UPDATE "group_member" gm SET "memberSearchText" = m."searchText" FROM "member" m WHERE m."id" = gm."memberId";

-- DropIndex
DROP INDEX "group_member_member_order";

-- CreateIndex
CREATE INDEX "group_member_member_order" ON "group_member"("groupId", "memberCreatedAt", "memberId", "memberSearchText");

CREATE OR REPLACE FUNCTION "group_member_copy_member_order"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT m."createdAt", m."searchText" INTO NEW."memberCreatedAt", NEW."memberSearchText" FROM "member" m WHERE m."id" = NEW."memberId"\073
  RETURN NEW\073
END';

DROP TRIGGER "group_member_copy_member_order" ON "group_member";

CREATE TRIGGER "group_member_copy_member_order" BEFORE INSERT OR UPDATE OF "memberId", "memberCreatedAt", "memberSearchText" ON "group_member"
FOR EACH ROW EXECUTE FUNCTION "group_member_copy_member_order"();

CREATE OR REPLACE FUNCTION "member_order_to_groups"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "group_member" SET "memberCreatedAt" = NEW."createdAt", "memberSearchText" = NEW."searchText" WHERE "memberId" = NEW."id"\073
  RETURN NULL\073
END';

DROP TRIGGER "member_order_to_groups" ON "member";

CREATE TRIGGER "member_order_to_groups" AFTER UPDATE OF "createdAt", "searchText" ON "member"
FOR EACH ROW WHEN (OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."searchText" IS DISTINCT FROM NEW."searchText")
EXECUTE FUNCTION "member_order_to_groups"();
