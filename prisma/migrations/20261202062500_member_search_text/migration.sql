-- AlterTable
ALTER TABLE "member" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Written by hand: member."searchText" holds its user's username, name, first and last name and
-- email, space-separated, kept equal by the triggers that copy the user's flags (now for these
-- columns too), in the statement that writes either row. user.all checks a search against it as it
-- walks member's indexes, so it reads a user row only for members that may match.
-- The migration runner splits a file at every semicolon, quoted or not, so the function bodies
-- spell theirs as \073 inside E'' strings.
UPDATE "member" m SET "searchText" = concat_ws(' ', u."username", u."name", u."firstName", u."lastName", u."email")
FROM "user" u WHERE u."id" = m."userId";

CREATE OR REPLACE FUNCTION "member_copy_user_flags"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT u."banned", u."system", concat_ws('' '', u."username", u."name", u."firstName", u."lastName", u."email")
  INTO NEW."banned", NEW."system", NEW."searchText" FROM "user" u WHERE u."id" = NEW."userId"\073
  RETURN NEW\073
END';

DROP TRIGGER "member_copy_user_flags" ON "member";

CREATE TRIGGER "member_copy_user_flags" BEFORE INSERT OR UPDATE OF "userId", "banned", "system", "searchText" ON "member"
FOR EACH ROW EXECUTE FUNCTION "member_copy_user_flags"();

CREATE OR REPLACE FUNCTION "user_flags_to_members"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "member" SET "banned" = NEW."banned", "system" = NEW."system",
    "searchText" = concat_ws('' '', NEW."username", NEW."name", NEW."firstName", NEW."lastName", NEW."email")
  WHERE "userId" = NEW."id"\073
  RETURN NULL\073
END';

DROP TRIGGER "user_flags_to_members" ON "user";

CREATE TRIGGER "user_flags_to_members" AFTER UPDATE OF "banned", "system", "username", "name", "firstName", "lastName", "email" ON "user"
FOR EACH ROW WHEN (OLD."banned" IS DISTINCT FROM NEW."banned" OR OLD."system" IS DISTINCT FROM NEW."system"
  OR OLD."username" IS DISTINCT FROM NEW."username" OR OLD."name" IS DISTINCT FROM NEW."name"
  OR OLD."firstName" IS DISTINCT FROM NEW."firstName" OR OLD."lastName" IS DISTINCT FROM NEW."lastName"
  OR OLD."email" IS DISTINCT FROM NEW."email")
EXECUTE FUNCTION "user_flags_to_members"();
