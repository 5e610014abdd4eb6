import { expandAccess } from "@/lib/access";
import { AppError, notFound } from "@/lib/errors";
import type { TMemberDetail } from "@/lib/schemas/user";
import { can, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { SQL_NOW } from "@/server/sql-now";
import { Prisma } from "@/generated/prisma/client";
import { loadAccessFacts } from "@/server/services/access/load-access-facts";
import { MEMBER_COLUMNS, toListItem, type MemberRow } from "./list-members";
import { flagsOf } from "./member-flags";

/**
 * One member of the caller's organization with their role, flags, groups, workspace access and
 * effective permissions expanded with their sources. Yourself always; others with member:read.
 */
export async function getMember({ actor, userId }: { actor: Actor; userId: string }): Promise<TMemberDetail> {
  return memberDetail(actor.organizationId, userId, () => {
    if (userId !== actor.user.id && !can(actor, "member:read")) {
      throw new AppError("FORBIDDEN", "Only administrators can see other members");
    }
  });
}

/** A member of `organizationId`; `authorize` runs once the member is known to be there. */
export async function memberDetail(organizationId: string, userId: string, authorize: () => void = () => {}): Promise<TMemberDetail> {
  const [row] = await db.$queryRaw<(MemberRow & { organizationCount: number; lockedUntil: Date | null })[]>`
    SELECT ${MEMBER_COLUMNS},
           (SELECT count(*)::int FROM member o WHERE o."userId" = m."userId") AS "organizationCount",
           (SELECT l."lockedUntil" FROM sign_in_lock l WHERE l."userId" = m."userId" AND l."lockedUntil" > ${Prisma.raw(SQL_NOW)}) AS "lockedUntil"
    FROM member m JOIN "user" u ON u.id = m."userId"
    WHERE m."organizationId" = ${organizationId} AND m."userId" = ${userId}`;
  // Tenancy before permission: another organization's user is "not found" to every caller.
  if (!row) throw notFound("User");
  authorize();
  const facts = await loadAccessFacts(row.id);
  // The facts name the member's groups and workspaces already: no need for the shared name cache.
  const names = {
    groups: new Map(facts.groups.map((g) => [g.id, { name: g.name, gid: g.gid }])),
    workspaces: new Map(facts.workspaceGrants.map((g) => [g.workspaceId, g.workspaceName])),
  };
  return {
    ...toListItem(row, names),
    flags: flagsOf(facts.grants),
    grants: facts.grants,
    workspaceAccess: {
      all: facts.allWorkspaces,
      role: facts.workspaceRole,
      grants: facts.workspaceGrants.map((g) => ({ workspaceId: g.workspaceId, workspace: g.workspaceName, role: g.role })),
    },
    effectivePermissions: expandAccess(facts),
    organizationCount: row.organizationCount,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
  };
}

