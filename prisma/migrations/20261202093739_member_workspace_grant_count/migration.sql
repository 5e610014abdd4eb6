-- AlterTable
ALTER TABLE "member" ADD COLUMN     "workspaceGrantCount" INTEGER NOT NULL DEFAULT 0;

-- Written by hand: member."workspaceGrantCount" counts the member's rows in member_workspace_grant,
-- kept by statement triggers on that table in the statement that writes it (one UPDATE of member per
-- statement, however many grants it writes: a workspace's deletion removes all of its grants in one).
-- user.all's access filter "none" then walks its own partial index instead of probing every
-- member's grants. The migration runner splits a file at every semicolon, quoted or not, so the
-- function body spells its own as \073 inside an E'' string.
UPDATE "member" m SET "workspaceGrantCount" = g."count"
FROM (SELECT "memberId", count(*)::int AS "count" FROM "member_workspace_grant" GROUP BY "memberId") g
WHERE g."memberId" = m."id";

CREATE FUNCTION "member_workspace_grant_count"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    UPDATE "member" m SET "workspaceGrantCount" = m."workspaceGrantCount" + d."delta"
    FROM (SELECT "memberId", count(*)::int AS "delta" FROM "added" GROUP BY "memberId") d WHERE m."id" = d."memberId"\073
  ELSIF TG_OP = ''DELETE'' THEN
    UPDATE "member" m SET "workspaceGrantCount" = m."workspaceGrantCount" - d."delta"
    FROM (SELECT "memberId", count(*)::int AS "delta" FROM "removed" GROUP BY "memberId") d WHERE m."id" = d."memberId"\073
  ELSE
    UPDATE "member" m SET "workspaceGrantCount" = m."workspaceGrantCount" + d."delta"
    FROM (SELECT "memberId", sum("delta")::int AS "delta"
          FROM (SELECT "memberId", 1 AS "delta" FROM "added" UNION ALL SELECT "memberId", -1 FROM "removed") c
          GROUP BY "memberId" HAVING sum("delta") <> 0) d
    WHERE m."id" = d."memberId"\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "member_workspace_grant_count_insert" AFTER INSERT ON "member_workspace_grant"
REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "member_workspace_grant_count"();

CREATE TRIGGER "member_workspace_grant_count_delete" AFTER DELETE ON "member_workspace_grant"
REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "member_workspace_grant_count"();

CREATE TRIGGER "member_workspace_grant_count_update" AFTER UPDATE ON "member_workspace_grant"
REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "member_workspace_grant_count"();

-- CreateIndex
CREATE INDEX "member_no_access_order" ON "member"("organizationId", "createdAt", "id") WHERE (role = 'member' AND NOT "allWorkspaces" AND "workspaceGrantCount" = 0);
