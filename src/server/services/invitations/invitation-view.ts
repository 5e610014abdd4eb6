import type { Prisma } from "@/generated/prisma/client";
import type { TDelivery, TInvitation, TInvitationState } from "@/lib/schemas/invitation";
import { describeInvitationAccess } from "@/lib/invitation-access";
import type { UserRole } from "@/lib/user-roles";
import { asWorkspaceRole } from "@/server/actor/actor";

const PERSON = { select: { id: true, name: true, username: true } } as const;

export const INVITATION_SELECT = {
  id: true,
  organizationId: true,
  email: true,
  role: true,
  status: true,
  expiresAt: true,
  createdAt: true,
  respondedAt: true,
  workspaceRole: true,
  allWorkspaces: true,
  inviter: PERSON,
  acceptedBy: PERSON,
  groups: { select: { group: { select: { id: true, name: true, gid: true } } } },
  workspaceGrants: { select: { role: true, workspace: { select: { id: true, name: true } } } },
} satisfies Prisma.InvitationSelect;

export type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof INVITATION_SELECT }>;

/** The state a person sees: a pending invitation past its expiry is "expired", whatever the row says. */
export function invitationState(row: { status: string; expiresAt: Date }, now = new Date()): TInvitationState {
  if (row.status === "pending") return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
  return row.status as TInvitationState;
}

export const memberRoleOf = (row: { role: string | null }) => (row.role === "admin" ? "admin" : "member");

/** The role as the user forms speak of it: admin, else the workspace role. */
export const invitedRoleOf = (row: { role: string | null; workspaceRole: string }): UserRole =>
  memberRoleOf(row) === "admin" ? "admin" : asWorkspaceRole(row.workspaceRole);

export const accessOf = (row: InvitationRow) =>
  describeInvitationAccess({
    memberRole: memberRoleOf(row),
    workspaceRole: asWorkspaceRole(row.workspaceRole),
    allWorkspaces: row.allWorkspaces,
    grants: row.workspaceGrants.map((g) => ({ workspace: g.workspace.name, role: asWorkspaceRole(g.role) })),
    groups: row.groups.map((g) => g.group.name),
  });

export function toInvitation(row: InvitationRow, delivery: TDelivery | null = null): TInvitation {
  return {
    id: row.id,
    email: row.email,
    role: invitedRoleOf(row),
    memberRole: memberRoleOf(row),
    workspaceAccess: {
      all: row.allWorkspaces,
      role: asWorkspaceRole(row.workspaceRole),
      grants: row.workspaceGrants
        .map((g) => ({ workspaceId: g.workspace.id, workspace: g.workspace.name, role: asWorkspaceRole(g.role) }))
        .sort((a, b) => a.workspace.localeCompare(b.workspace)),
    },
    groups: row.groups.map((g) => g.group).sort((a, b) => a.name.localeCompare(b.name)),
    status: invitationState(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    inviter: row.inviter,
    acceptedBy: row.acceptedBy,
    delivery,
  };
}
