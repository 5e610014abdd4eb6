import { notFound } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findWorkspaceOrThrow } from "./find-workspace";

/** Deletes a workspace and every grant in it (members and groups lose that access at once). */
export async function deleteWorkspace({ actor, workspaceId }: { actor: Actor; workspaceId: string }) {
  requirePermission(actor, "workspace:manage");
  const workspace = await findWorkspaceOrThrow(actor.organizationId, workspaceId);
  await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const memberGrants = await tx.memberWorkspaceGrant.count({ where: { workspaceId: workspace.id } });
    const groupGrants = await tx.groupWorkspaceGrant.count({ where: { workspaceId: workspace.id } });
    // Conditional, so a concurrent delete is "not found" rather than a crash.
    const deleted = await tx.workspace.deleteMany({ where: { id: workspace.id, organizationId: actor.organizationId } });
    if (!deleted.count) throw notFound("Workspace");
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "workspace.delete",
      target: { type: "workspace", id: workspace.id, name: workspace.name },
      before: { name: workspace.name, description: workspace.description, memberGrants, groupGrants },
    });
  });
  forgetCachedAccess();
  return { success: true as const, workspaceId: workspace.id };
}
