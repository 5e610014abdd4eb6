import type { TUpdateWorkspaceInput, TWorkspace } from "@/lib/schemas/workspace";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { changedFields } from "@/server/services/audit/record-audit-event";
import { findWorkspaceOrThrow } from "./find-workspace";
import { nameTaken, toWorkspace, WORKSPACE_SELECT } from "./workspace-view";

/** Renames a workspace or changes its description. Grants follow the workspace, not its name. */
export async function updateWorkspace({ actor, input }: { actor: Actor; input: TUpdateWorkspaceInput }): Promise<TWorkspace> {
  requirePermission(actor, "workspace:manage");
  const found = await findWorkspaceOrThrow(actor.organizationId, input.workspaceId);
  try {
    const { row, changed } = await auditedTransaction(actor.organizationId, async (tx, audit) => {
      // Read again under the organization's lock: a concurrent identical call already made this
      // change (no second event), or deleted the workspace (404).
      const current = await findWorkspaceOrThrow(actor.organizationId, found.id, tx);
      const diff = changedFields(current, { name: input.name, description: input.description });
      if (!diff.changed) return { row: await tx.workspace.findUniqueOrThrow({ where: { id: current.id }, select: WORKSPACE_SELECT }), changed: false };
      const updated = await tx.workspace.update({
        where: { id: current.id, organizationId: actor.organizationId },
        data: { name: input.name, description: input.description },
        select: WORKSPACE_SELECT,
      });
      await audit(actor, {
        organizationId: actor.organizationId,
        action: input.name && input.name !== current.name ? "workspace.rename" : "workspace.update",
        target: { type: "workspace", id: current.id, name: updated.name },
        before: diff.before,
        after: diff.after,
      });
      return { row: updated, changed: true };
    });
    // A rename moves grants to another name: forget cached answers about the old one.
    if (changed) forgetCachedAccess();
    return toWorkspace(row);
  } catch (error) {
    nameTaken(error, input.name ?? found.name);
  }
}
