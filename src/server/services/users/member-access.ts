import type { WorkspaceRole } from "@/lib/permissions";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";
import type { ResolvedGrant } from "@/server/services/workspaces/resolve-workspace-grants";

/** A member's access as the audit trail records it: names, not ids, so history stays readable. */
export type AccessSnapshot = {
  role: string;
  workspaceRole: string;
  allWorkspaces: boolean;
  workspaceGrants: { workspace: string; role: string }[];
  groups: string[];
};

export async function loadAccessSnapshot(memberId: string, client: Tx | typeof db = db): Promise<AccessSnapshot> {
  const m = await client.member.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      role: true,
      workspaceRole: true,
      allWorkspaces: true,
      workspaceGrants: { select: { role: true, workspace: { select: { name: true } } }, orderBy: { workspace: { name: "asc" } } },
      groups: { select: { group: { select: { name: true } } }, orderBy: { group: { name: "asc" } } },
    },
  });
  return {
    role: m.role,
    workspaceRole: m.workspaceRole,
    allWorkspaces: m.allWorkspaces,
    workspaceGrants: m.workspaceGrants.map((g) => ({ workspace: g.workspace.name, role: g.role })),
    groups: m.groups.map((g) => g.group.name),
  };
}

export type AccessChange = {
  workspaceRole?: WorkspaceRole | null;
  allWorkspaces?: boolean;
  /** Replaces the member's workspace grants (emptied when allWorkspaces becomes true). */
  workspaceGrants?: ResolvedGrant[];
  /** Replaces the member's groups; memberships that stay keep their date. */
  groupIds?: string[];
};

/** Writes workspace access and groups; the role is the caller's (a conditional update). */
export async function writeMemberAccess(tx: Tx, memberId: string, change: AccessChange): Promise<void> {
  if (change.workspaceRole || change.allWorkspaces !== undefined) {
    await tx.member.update({
      where: { id: memberId },
      data: { workspaceRole: change.workspaceRole ?? undefined, allWorkspaces: change.allWorkspaces },
    });
  }
  const grants = change.allWorkspaces ? [] : change.workspaceGrants;
  if (grants) {
    await tx.memberWorkspaceGrant.deleteMany({ where: { memberId } });
    if (grants.length) {
      await tx.memberWorkspaceGrant.createMany({ data: grants.map((g) => ({ memberId, workspaceId: g.workspaceId, role: g.role })) });
    }
  }
  if (change.groupIds) {
    await tx.groupMember.deleteMany({ where: { memberId, groupId: { notIn: change.groupIds } } });
    if (change.groupIds.length) {
      await tx.groupMember.createMany({ data: change.groupIds.map((groupId) => ({ memberId, groupId })), skipDuplicates: true });
    }
  }
}
