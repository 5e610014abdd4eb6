import { randomUUID } from "node:crypto";
import type { MemberRole, WorkspaceRole } from "@/lib/permissions";
import type { Tx } from "@/server/db";
import type { ResolvedGrant } from "@/server/services/workspaces/resolve-workspace-grants";

export type NewUser = {
  username: string;
  displayUsername: string;
  email: string;
  name: string;
  firstName: string;
  lastName: string;
  system: boolean;
  passwordHash: string | null;
  memberRole: Exclude<MemberRole, "owner">;
  workspaceRole: WorkspaceRole;
  allWorkspaces: boolean;
  workspaceGrants: ResolvedGrant[];
  groupIds: string[];
};

/**
 * Writes an account and its membership of `organizationId`: the credential account only when there
 * is a password (a system user, or a user upserted by email, has none until one is set).
 */
export async function insertUser(tx: Tx, organizationId: string, user: NewUser): Promise<{ userId: string; memberId: string }> {
  const userId = randomUUID();
  const memberId = randomUUID();
  await tx.user.create({
    data: {
      id: userId,
      username: user.username,
      displayUsername: user.displayUsername,
      email: user.email,
      name: user.name,
      firstName: user.firstName,
      lastName: user.lastName,
      system: user.system,
      role: "user",
      ...(user.passwordHash
        ? { accounts: { create: { id: randomUUID(), accountId: userId, providerId: "credential", password: user.passwordHash } } }
        : {}),
    },
  });
  await tx.member.create({
    data: {
      id: memberId,
      organizationId,
      userId,
      role: user.memberRole,
      workspaceRole: user.workspaceRole,
      allWorkspaces: user.allWorkspaces,
      workspaceGrants: { create: user.workspaceGrants.map((g) => ({ workspaceId: g.workspaceId, role: g.role })) },
      groups: { create: user.groupIds.map((groupId) => ({ groupId })) },
    },
  });
  return { userId, memberId };
}
