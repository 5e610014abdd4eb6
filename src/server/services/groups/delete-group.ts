import { notFound } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findGroupOrThrow, groupSnapshot } from "./find-group";

/** Deletes a group; its members lose what it granted at once. Their accounts stay. */
export async function deleteGroup({ actor, groupId }: { actor: Actor; groupId: string }) {
  requirePermission(actor, "group:manage");
  const group = await findGroupOrThrow(actor.organizationId, groupId);
  await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const members = await tx.groupMember.findMany({
      where: { groupId: group.id },
      select: { member: { select: { user: { select: { username: true } } } } },
    });
    const deleted = await tx.group.deleteMany({ where: { id: group.id, organizationId: actor.organizationId } });
    if (!deleted.count) throw notFound("Group");
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "group.delete",
      target: { type: "group", id: group.id, name: group.name },
      before: { ...groupSnapshot(group), members: members.map((m) => m.member.user.username).sort() },
    });
  });
  forgetCachedAccess();
  return { success: true as const, groupId: group.id };
}
