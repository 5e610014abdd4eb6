-- Written by hand: member."searchText" is kept lower-cased (lower(), the database's own case rules),
-- so that user.all matches it with LIKE against the lower-cased search: a byte-wise match, where
-- ILIKE lower-cases every row it checks again (six times slower in a walk of thousands of rows).
-- The match on the user's own columns, which decides, stays ILIKE. The migration runner splits a
-- file at every semicolon, quoted or not, so the function bodies spell theirs as \073.
CREATE OR REPLACE FUNCTION "member_copy_user_flags"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT u."banned", u."system", lower(concat_ws('' '', u."username", u."name", u."firstName", u."lastName", u."email"))
  INTO NEW."banned", NEW."system", NEW."searchText" FROM "user" u WHERE u."id" = NEW."userId"\073
  RETURN NEW\073
END';

CREATE OR REPLACE FUNCTION "user_flags_to_members"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "member" SET "banned" = NEW."banned", "system" = NEW."system",
    "searchText" = lower(concat_ws('' '', NEW."username", NEW."name", NEW."firstName", NEW."lastName", NEW."email"))
  WHERE "userId" = NEW."id"\073
  RETURN NULL\073
END';

UPDATE "member" SET "searchText" = lower("searchText") WHERE "searchText" <> lower("searchText");
