import { fieldError } from "@/lib/errors";
import type { WorkspaceRole } from "@/lib/permissions";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

export type ResolvedGrant = { workspaceId: string; workspace: string; role: WorkspaceRole };

/**
 * Workspace grants named by workspace (Dagu's `{ "workspace": "ops", "role": "developer" }`)
 * with their ids, in the caller's organization. An unknown name is a 400 naming it: creating
 * workspaces as a side effect would hide typos ("prdo") and needs workspace:manage.
 */
export async function resolveWorkspaceGrants(
  organizationId: string,
  grants: readonly { workspace: string; role: WorkspaceRole }[],
  field: string,
  client: Tx | typeof db = db,
): Promise<ResolvedGrant[]> {
  if (!grants.length) return [];
  const rows = await client.workspace.findMany({
    where: { organizationId, name: { in: grants.map((g) => g.workspace) } },
    select: { id: true, name: true },
  });
  const idOf = new Map(rows.map((w) => [w.name, w.id]));
  return grants.map((grant, index) => {
    const workspaceId = idOf.get(grant.workspace);
    if (!workspaceId) throw fieldError(`${field}.${index}.workspace`, `Unknown workspace "${grant.workspace}": create it first`);
    return { workspaceId, workspace: grant.workspace, role: grant.role };
  });
}
