-- AlterTable
ALTER TABLE "group_member" ADD COLUMN     "memberCreatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Written by hand: group_member."memberCreatedAt" copies its member's "createdAt", kept equal by
-- triggers in the statement that writes either row, so that user.all's group filter walks a group's
-- members in the list's own order. The migration runner splits a file at every semicolon, quoted or
-- not, so the function bodies spell theirs as \073 inside E'' strings.
UPDATE "group_member" gm SET "memberCreatedAt" = m."createdAt" FROM "member" m WHERE m."id" = gm."memberId";

-- CreateIndex
CREATE INDEX "group_member_member_order" ON "group_member"("groupId", "memberCreatedAt", "memberId");

CREATE FUNCTION "group_member_copy_member_order"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT m."createdAt" INTO NEW."memberCreatedAt" FROM "member" m WHERE m."id" = NEW."memberId"\073
  RETURN NEW\073
END';

CREATE TRIGGER "group_member_copy_member_order" BEFORE INSERT OR UPDATE OF "memberId", "memberCreatedAt" ON "group_member"
FOR EACH ROW EXECUTE FUNCTION "group_member_copy_member_order"();

CREATE FUNCTION "member_order_to_groups"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "group_member" SET "memberCreatedAt" = NEW."createdAt" WHERE "memberId" = NEW."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "member_order_to_groups" AFTER UPDATE OF "createdAt" ON "member"
FOR EACH ROW WHEN (OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
EXECUTE FUNCTION "member_order_to_groups"();
