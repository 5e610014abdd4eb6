import { AppError } from "@/lib/errors";
import type { TCreateGroupInput, TGroupDetail } from "@/lib/schemas/group";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { uniqueViolation } from "@/server/services/db/unique-violation";
import { resolveMembers } from "@/server/services/users/resolve-members";
import { resolveWorkspaceGrants } from "@/server/services/workspaces/resolve-workspace-grants";
import { getGroup } from "./get-group";
import { nextGid } from "./next-gid";

const ATTEMPTS = 5;

/**
 * A group with a GID unique in the organization: the one given, or the lowest free from 1000.
 * Names and GIDs are unique by index; should two creates still pick the same free GID, the loser retries.
 */
export async function createGroup({ actor, input }: { actor: Actor; input: TCreateGroupInput }): Promise<TGroupDetail> {
  requirePermission(actor, "group:manage");
  assertMayGrant(actor, {
    permissions: input.grants,
    workspaceRoles: [input.workspaceRole, ...(input.workspaceGrants ?? []).map((g) => g.role)],
  });
  const members = input.members ? await resolveMembers(actor.organizationId, input.members, "members") : [];
  for (let attempt = 1; ; attempt++) {
    try {
      const id = await insertGroup(actor, input, members);
      forgetCachedAccess();
      return getGroup({ actor, groupId: id });
    } catch (error) {
      const index = uniqueViolation(error);
      if (index === null) throw error;
      if (index.includes("gid")) {
        if (input.gid === undefined && attempt < ATTEMPTS) continue;
        throw conflict("gid", input.gid === undefined ? "Could not assign a free GID: try again" : `GID ${input.gid} is already taken in this organization`);
      }
      throw conflict("name", `A group named "${input.name}" already exists`);
    }
  }
}

async function insertGroup(actor: Actor, input: TCreateGroupInput, members: { id: string; username: string }[]) {
  return auditedTransaction(actor.organizationId, async (tx, audit) => {
    // The audit append below locks the organization row anyway; taking it first makes concurrent
    // creates pick GIDs one after the other. The unique index (and the retry) stays the guarantee.
    await tx.$executeRaw`SELECT 1 FROM organization WHERE id = ${actor.organizationId} FOR UPDATE`;
    const grants = await resolveWorkspaceGrants(actor.organizationId, input.workspaceGrants ?? [], "workspaceGrants", tx);
    const gid = input.gid ?? (await nextGid(tx, actor.organizationId));
    const group = await tx.group.create({
      data: {
        organizationId: actor.organizationId,
        name: input.name,
        gid,
        description: input.description ?? "",
        grants: [...new Set(input.grants ?? [])].sort(),
        workspaceRole: input.workspaceRole ?? null,
        workspaceGrants: { create: grants.map((g) => ({ workspaceId: g.workspaceId, role: g.role })) },
        members: { create: members.map((m) => ({ memberId: m.id })) },
      },
      select: { id: true, name: true, gid: true, description: true, grants: true, workspaceRole: true },
    });
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "group.create",
      target: { type: "group", id: group.id, name: group.name },
      after: {
        name: group.name,
        gid: group.gid,
        description: group.description,
        grants: group.grants,
        workspaceRole: group.workspaceRole,
        workspaceGrants: grants.map((g) => ({ workspace: g.workspace, role: g.role })),
        members: members.map((m) => m.username).sort(),
      },
    });
    return group.id;
  });
}

const conflict = (field: string, message: string) => new AppError("CONFLICT", message, { fieldErrors: { [field]: [message] } });
