import { AppError } from "@/lib/errors";
import type { TGroupDetail, TUpdateGroupInput } from "@/lib/schemas/group";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { changedFields } from "@/server/services/audit/record-audit-event";
import { uniqueViolation } from "@/server/services/db/unique-violation";
import { resolveWorkspaceGrants } from "@/server/services/workspaces/resolve-workspace-grants";
import { findGroupOrThrow, groupSnapshot } from "./find-group";
import { getGroup } from "./get-group";

/**
 * Renames a group or changes its description, permissions, workspace role or workspace grants
 * (each given list replaces the old one). Members' access changes with it, at once.
 */
export async function updateGroup({ actor, input }: { actor: Actor; input: TUpdateGroupInput }): Promise<TGroupDetail> {
  requirePermission(actor, "group:manage");
  assertMayGrant(actor, {
    permissions: input.grants,
    workspaceRoles: [input.workspaceRole, ...(input.workspaceGrants ?? []).map((g) => g.role)],
  });
  const found = await findGroupOrThrow(actor.organizationId, input.groupId);
  try {
    const changed = await auditedTransaction(actor.organizationId, async (tx, audit) => {
      // Read again under the organization's lock: a concurrent identical call already made this
      // change (no second event), or deleted the group (404).
      const group = await findGroupOrThrow(actor.organizationId, found.id, tx);
      const grants = input.workspaceGrants
        ? await resolveWorkspaceGrants(actor.organizationId, input.workspaceGrants, "workspaceGrants", tx)
        : undefined;
      const before = groupSnapshot(group);
      const diff = changedFields(before, {
        name: input.name,
        description: input.description,
        grants: input.grants ? [...new Set(input.grants)].sort() : undefined,
        workspaceRole: input.workspaceRole,
        workspaceGrants: grants?.map((g) => ({ workspace: g.workspace, role: g.role })),
      });
      if (!diff.changed) return false;
      await tx.group.update({
        where: { id: group.id, organizationId: actor.organizationId },
        data: { name: input.name, description: input.description, grants: diff.after.grants as string[] | undefined, workspaceRole: input.workspaceRole },
      });
      if (grants) {
        await tx.groupWorkspaceGrant.deleteMany({ where: { groupId: group.id } });
        await tx.groupWorkspaceGrant.createMany({ data: grants.map((g) => ({ groupId: group.id, workspaceId: g.workspaceId, role: g.role })) });
      }
      await audit(actor, {
        organizationId: actor.organizationId,
        action: input.name && input.name !== group.name ? "group.rename" : "group.update",
        target: { type: "group", id: group.id, name: input.name ?? group.name },
        before: diff.before,
        after: diff.after,
      });
      return true;
    });
    if (changed) forgetCachedAccess();
  } catch (error) {
    if (uniqueViolation(error) === null) throw error;
    const message = `A group named "${input.name}" already exists`;
    throw new AppError("CONFLICT", message, { fieldErrors: { name: [message] } });
  }
  return getGroup({ actor, groupId: found.id });
}
