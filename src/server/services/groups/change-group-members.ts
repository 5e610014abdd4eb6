import type { TGroupUsersInput } from "@/lib/schemas/group";
import { asPermissions, asWorkspaceRole, requirePermission, type Actor } from "@/server/actor/actor";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { resolveMembers } from "@/server/services/users/resolve-members";
import { findGroupOrThrow } from "./find-group";

type Change = "add" | "remove";

/**
 * Adds users to a group, or removes them (the `dt group` CLI's add-users / rm-users), by id or username.
 * Users already in (or not in) the group are skipped; a call that changes nothing writes no event.
 * Adding hands out what the group grants, so the caller must hold it.
 */
export async function changeGroupMembers({ actor, input, change }: { actor: Actor; input: TGroupUsersInput; change: Change }) {
  requirePermission(actor, "group:manage");
  const group = await findGroupOrThrow(actor.organizationId, input.groupId);
  if (change === "add") {
    assertMayGrant(actor, {
      permissions: asPermissions(group.grants),
      workspaceRoles: [group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null, ...group.workspaceGrants.map((g) => asWorkspaceRole(g.role))],
    });
  }
  const members = await resolveMembers(actor.organizationId, input.users);
  const result = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const memberIds = members.map((m) => m.id);
    // What changed is what the write itself did: rows inserted (a conflict inserts nothing) or
    // deleted, never a read taken before it.
    const touched =
      change === "add"
        ? await tx.groupMember.createManyAndReturn({ data: memberIds.map((memberId) => ({ groupId: group.id, memberId })), skipDuplicates: true, select: { memberId: true } })
        : await tx.$queryRaw<{ memberId: string }[]>`DELETE FROM group_member WHERE "groupId" = ${group.id} AND "memberId" = ANY(${memberIds}) RETURNING "memberId"`;
    const touchedIds = new Set(touched.map((row) => row.memberId));
    const affected = members.filter((m) => touchedIds.has(m.id));
    if (affected.length) {
      const usernames = affected.map((m) => m.username).sort();
      await audit(actor, {
        organizationId: actor.organizationId,
        action: change === "add" ? "group.addUsers" : "group.removeUsers",
        target: { type: "group", id: group.id, name: group.name },
        ...(change === "add" ? { after: { added: usernames } } : { before: { removed: usernames } }),
      });
    }
    const memberCount = await tx.groupMember.count({ where: { groupId: group.id } });
    return { changed: affected.map((m) => m.userId), memberCount };
  });
  if (result.changed.length) forgetCachedAccess();
  return { groupId: group.id, ...result };
}
