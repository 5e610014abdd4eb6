import { fieldError } from "@/lib/errors";
import type { Permission, WorkspaceRole } from "@/lib/permissions";
import { asPermissions, asWorkspaceRole } from "@/server/actor/actor";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

export type ResolvedGroup = {
  id: string;
  name: string;
  grants: Permission[];
  workspaceRole: WorkspaceRole | null;
  grantRoles: WorkspaceRole[];
};

/**
 * Groups named by name or id, in the caller's organization, with what they grant (to check the
 * caller may hand it out). An unknown group is a 400 naming it: creating groups implicitly would
 * turn a typo into a new group with the next GID.
 */
export async function resolveGroups(organizationId: string, refs: readonly string[], field = "groups", client: Tx | typeof db = db): Promise<ResolvedGroup[]> {
  const wanted = [...new Set(refs)];
  if (!wanted.length) return [];
  const rows = await client.group.findMany({
    where: { organizationId, OR: [{ id: { in: wanted } }, { name: { in: wanted } }] },
    select: { id: true, name: true, grants: true, workspaceRole: true, workspaceGrants: { select: { role: true } } },
  });
  const unknown = wanted.filter((ref) => !rows.some((g) => g.id === ref || g.name === ref));
  if (unknown.length) throw fieldError(field, `Unknown group${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    grants: asPermissions(g.grants),
    workspaceRole: g.workspaceRole ? asWorkspaceRole(g.workspaceRole) : null,
    grantRoles: g.workspaceGrants.map((w) => asWorkspaceRole(w.role)),
  }));
}
