import type { TGroupDetail } from "@/lib/schemas/group";
import { asPermissions, asWorkspaceRole, requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { findGroupOrThrow } from "./find-group";

/** One group with every member and its grants. */
export async function getGroup({ actor, groupId }: { actor: Actor; groupId: string }): Promise<TGroupDetail> {
  requirePermission(actor, "group:read");
  const group = await findGroupOrThrow(actor.organizationId, groupId);
  const [extra, members] = await Promise.all([
    db.group.findUniqueOrThrow({ where: { id: group.id }, select: { createdAt: true } }),
    db.groupMember.findMany({
      where: { groupId: group.id },
      select: { member: { select: { user: { select: { id: true, username: true, name: true } } } } },
      orderBy: { member: { user: { username: "asc" } } },
    }),
  ]);
  return {
    id: group.id,
    name: group.name,
    gid: group.gid,
    description: group.description,
    grants: asPermissions(group.grants),
    workspaceRole: group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null,
    workspaceGrants: group.workspaceGrants.map((w) => ({ workspaceId: w.workspace.id, workspace: w.workspace.name, role: asWorkspaceRole(w.role) })),
    memberCount: members.length,
    members: members.map(({ member }) => ({ userId: member.user.id, username: member.user.username, name: member.user.name })),
    createdAt: extra.createdAt.toISOString(),
  };
}
