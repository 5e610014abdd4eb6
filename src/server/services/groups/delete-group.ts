import { notFound } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { forgetCachedAccess } from "@/server/services/access/access-cache";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { findGroupOrThrow, groupSnapshot } from "./find-group";

/** Deletes a group; its members lose what it granted at once. Their accounts stay. */
export async function deleteGroup({ actor, groupId }: { actor: Actor; groupId: string }) {
  requirePermission(actor, "group:manage");
  const group = await findGroupOrThrow(actor.organizationId, groupId);
  await db.$transaction(async (tx) => {
    const members = await tx.groupMember.findMany({
      where: { groupId: group.id },
      select: { member: { select: { user: { select: { username: true } } } } },
    });
    const deleted = await tx.group.deleteMany({ where: { id: group.id, organizationId: actor.organizationId } });
    if (!deleted.count) throw notFound("Group");
    await recordAuditEvent(tx, actor, {
      organizationId: actor.organizationId,
      action: "group.delete",
      target: { type: "group", id: group.id, name: group.name },
      before: { ...groupSnapshot(group), members: members.map((m) => m.member.user.username).sort() },
    });
  });
  forgetCachedAccess();
  return { success: true as const, groupId: group.id };
}
