import type { TWorkspace } from "@/lib/schemas/workspace";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { toWorkspace, WORKSPACE_SELECT } from "./workspace-view";

/** The organization's named workspaces, by name. The default workspace is implicit: not listed. */
export async function listWorkspaces({ actor }: { actor: Actor }): Promise<TWorkspace[]> {
  requirePermission(actor, "workspace:read");
  const rows = await db.workspace.findMany({
    where: { organizationId: actor.organizationId },
    select: WORKSPACE_SELECT,
    orderBy: { name: "asc" },
  });
  return rows.map(toWorkspace);
}
