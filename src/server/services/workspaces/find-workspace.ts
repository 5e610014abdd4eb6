import { notFound } from "@/lib/errors";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

/** A workspace of the organization by id or name; another organization's is "not found". */
export async function findWorkspaceOrThrow(organizationId: string, ref: string, client: Tx | typeof db = db) {
  const rows = await client.workspace.findMany({
    where: { organizationId, OR: [{ id: ref }, { name: ref }] },
    select: { id: true, name: true, description: true },
  });
  const workspace = rows.find((w) => w.id === ref) ?? rows[0];
  if (!workspace) throw notFound("Workspace");
  return workspace;
}
