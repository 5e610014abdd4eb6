import { notFound } from "@/lib/errors";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

const GROUP_SELECT = {
  id: true,
  name: true,
  gid: true,
  description: true,
  grants: true,
  workspaceRole: true,
  workspaceGrants: { select: { role: true, workspace: { select: { id: true, name: true } } }, orderBy: { workspace: { name: "asc" } } },
} as const;

/** A group of the organization by id or name; another organization's group is "not found". */
export async function findGroupOrThrow(organizationId: string, ref: string, client: Tx | typeof db = db) {
  const rows = await client.group.findMany({ where: { organizationId, OR: [{ id: ref }, { name: ref }] }, select: GROUP_SELECT });
  const group = rows.find((g) => g.id === ref) ?? rows[0];
  if (!group) throw notFound("Group");
  return group;
}

export type FoundGroup = Awaited<ReturnType<typeof findGroupOrThrow>>;

/** The group's settings as the audit trail records them (workspaces by name). */
export const groupSnapshot = (g: FoundGroup) => ({
  name: g.name,
  gid: g.gid,
  description: g.description,
  grants: [...g.grants].sort(),
  workspaceRole: g.workspaceRole,
  workspaceGrants: g.workspaceGrants.map((w) => ({ workspace: w.workspace.name, role: w.role })),
});
