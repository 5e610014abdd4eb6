import { fieldError } from "@/lib/errors";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

export type ResolvedMember = { id: string; userId: string; username: string };

/**
 * Members of the organization named by user id or username (the `dt` CLI names users). Someone
 * who is not a member here is "unknown", whether or not the account exists elsewhere.
 */
export async function resolveMembers(organizationId: string, refs: readonly string[], field = "users", client: Tx | typeof db = db): Promise<ResolvedMember[]> {
  const wanted = [...new Set(refs)];
  const rows = await client.member.findMany({
    where: { organizationId, user: { OR: [{ id: { in: wanted } }, { username: { in: wanted.map((r) => r.toLowerCase()) } }] } },
    select: { id: true, userId: true, user: { select: { username: true } } },
  });
  const unknown = wanted.filter((ref) => !rows.some((m) => m.userId === ref || m.user.username === ref.toLowerCase()));
  if (unknown.length) throw fieldError(field, `Not a member of this organization: ${unknown.join(", ")}`);
  return rows.map((m) => ({ id: m.id, userId: m.userId, username: m.user.username }));
}
