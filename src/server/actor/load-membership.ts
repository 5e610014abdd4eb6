import { db } from "@/server/db";
import { asPermissions, asRole, asWorkspaceRole, type Membership } from "./actor";

const MEMBERSHIP_SELECT = {
  id: true,
  organizationId: true,
  role: true,
  grants: true,
  workspaceRole: true,
  groups: { select: { group: { select: { grants: true, workspaceRole: true } } } },
} as const;

type Row = {
  id: string;
  organizationId: string;
  role: string;
  grants: string[];
  workspaceRole: string;
  groups: { group: { grants: string[]; workspaceRole: string | null } }[];
};

export function toMembership(row: Row): Membership {
  return {
    id: row.id,
    organizationId: row.organizationId,
    role: asRole(row.role),
    grants: asPermissions(row.grants),
    workspaceRole: asWorkspaceRole(row.workspaceRole),
    groups: row.groups.map(({ group }) => ({
      grants: asPermissions(group.grants),
      workspaceRole: group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null,
    })),
  };
}

/** The user's membership in `organizationId`, or in their oldest organization when it is not given or gone. */
export async function loadMembership(userId: string, organizationId: string | null | undefined): Promise<Membership | null> {
  const rows = await db.member.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: MEMBERSHIP_SELECT,
    relationLoadStrategy: "join",
  });
  const row = rows.find((m) => m.organizationId === organizationId) ?? rows[0];
  return row ? toMembership(row) : null;
}
