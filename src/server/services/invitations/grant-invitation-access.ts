import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/server/db";
import { uniqueViolation } from "@/server/services/db/unique-violation";
import type { InvitationRow } from "./invitation-view";
import { memberRoleOf } from "./invitation-view";

/** Makes the person a member with exactly the invitation's role, groups and workspace grants. */
export async function grantInvitationAccess(tx: Tx, invitation: InvitationRow, userId: string): Promise<string> {
  const memberId = randomUUID();
  try {
    await tx.member.create({
      data: {
        id: memberId,
        organizationId: invitation.organizationId,
        userId,
        role: memberRoleOf(invitation),
        workspaceRole: invitation.workspaceRole,
        allWorkspaces: invitation.allWorkspaces,
        workspaceGrants: { create: invitation.workspaceGrants.map((g) => ({ workspaceId: g.workspace.id, role: g.role })) },
        groups: { create: invitation.groups.map((g) => ({ groupId: g.group.id })) },
      },
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) throw new AppError("CONFLICT", "You are already a member of this organization");
    throw error;
  }
  return memberId;
}
