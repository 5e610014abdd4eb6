import { AppError, notFound } from "@/lib/errors";
import type { MemberRole, Permission, WorkspaceRole } from "@/lib/permissions";
import { asPermissions, asRole, asWorkspaceRole, can, requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";

const MEMBER_ACCESS_SELECT = {
  role: true,
  workspaceRole: true,
  allWorkspaces: true,
  user: { select: { id: true, username: true, email: true, name: true, system: true, banned: true, createdAt: true, updatedAt: true } },
  workspaceGrants: { select: { role: true, workspace: { select: { name: true } } }, orderBy: { workspace: { name: "asc" } } },
  groups: {
    select: { group: { select: { id: true, name: true, gid: true, description: true, grants: true, workspaceRole: true } } },
    orderBy: { group: { name: "asc" } },
  },
} as const;

/** A member's account and access as they are stored, for the views of other systems' APIs (Dagu's, Conductor's). */
export type MemberAccess = {
  userId: string;
  username: string;
  email: string;
  name: string;
  system: boolean;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  role: MemberRole;
  workspaceRole: WorkspaceRole;
  allWorkspaces: boolean;
  workspaceGrants: { workspace: string; role: WorkspaceRole }[];
  groups: { id: string; name: string; gid: number; description: string; grants: Permission[]; workspaceRole: WorkspaceRole | null }[];
};

type Filter = { userId: string } | { email: string } | Record<string, never>;

async function loadMemberAccess(organizationId: string, filter: Filter): Promise<MemberAccess[]> {
  const where = "userId" in filter ? { userId: filter.userId } : "email" in filter ? { user: { email: filter.email.toLowerCase() } } : {};
  const rows = await db.member.findMany({
    where: { organizationId, ...where },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: MEMBER_ACCESS_SELECT,
    relationLoadStrategy: "join",
  });
  return rows.map(({ user, ...m }) => ({
    userId: user.id,
    username: user.username,
    email: user.email,
    name: user.name,
    system: user.system,
    disabled: user.banned,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    role: asRole(m.role),
    workspaceRole: asWorkspaceRole(m.workspaceRole),
    allWorkspaces: m.allWorkspaces,
    workspaceGrants: m.workspaceGrants.map((g) => ({ workspace: g.workspace.name, role: asWorkspaceRole(g.role) })),
    groups: m.groups.map(({ group }) => ({
      ...group,
      grants: asPermissions(group.grants),
      workspaceRole: group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null,
    })),
  }));
}

/** Every member of the caller's organization, oldest first, with their access (member:read). */
export async function listMemberAccess({ actor }: { actor: Actor }): Promise<MemberAccess[]> {
  requirePermission(actor, "member:read");
  return loadMemberAccess(actor.organizationId, {});
}

/**
 * One member of the caller's organization, by user id or by email: yourself always, others with
 * member:read. Tenancy before permission: another organization's user is "not found" to every caller.
 */
export async function getMemberAccess({ actor, ...ref }: { actor: Actor } & ({ userId: string } | { email: string })): Promise<MemberAccess> {
  const [member] = await loadMemberAccess(actor.organizationId, ref);
  if (!member) throw notFound("User");
  if (member.userId !== actor.user.id && !can(actor, "member:read")) throw new AppError("FORBIDDEN", "Only administrators can see other members");
  return member;
}
