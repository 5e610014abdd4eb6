import type { TCreateWorkspaceInput, TWorkspace } from "@/lib/schemas/workspace";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { nameTaken, toWorkspace, WORKSPACE_SELECT } from "./workspace-view";

/** A named workspace; names are unique in the organization (the database says so: 409). */
export async function createWorkspace({ actor, input }: { actor: Actor; input: TCreateWorkspaceInput }): Promise<TWorkspace> {
  requirePermission(actor, "workspace:manage");
  try {
    const row = await auditedTransaction(actor.organizationId, async (tx, audit) => {
      const created = await tx.workspace.create({
        data: { organizationId: actor.organizationId, name: input.name, description: input.description ?? "" },
        select: WORKSPACE_SELECT,
      });
      await audit(actor, {
        organizationId: actor.organizationId,
        action: "workspace.create",
        target: { type: "workspace", id: created.id, name: created.name },
        after: { name: created.name, description: created.description },
      });
      return created;
    });
    return toWorkspace(row);
  } catch (error) {
    nameTaken(error, input.name);
  }
}
