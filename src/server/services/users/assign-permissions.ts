import { AppError, notFound } from "@/lib/errors";
import type { TAssignPermissionsInput } from "@/lib/schemas/user";
import { asRole, requirePermission, type Actor } from "@/server/actor/actor";
import type { Tx } from "@/server/db";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findMemberOrThrow } from "./find-member";
import { applyFlags, flagsOf } from "./member-flags";

const NO_LONGER_OWNER = "You are no longer the owner of this organization";

/**
 * The owner sets a member's role and flags (owners only, as in Dokploy). Assigning `owner` transfers
 * ownership: the old owner becomes admin, in the same transaction. There is exactly one owner at
 * every moment: a partial unique index allows no second one, and the demotion is conditional on
 * the caller still being owner, so concurrent transfers cannot both succeed.
 */
export async function assignPermissions({ actor, input }: { actor: Actor; input: TAssignPermissionsInput }) {
  const { id: userId, role, ...flags } = input;
  // Tenancy before role: a user of another organization is "not found" to everyone, never "forbidden".
  const target = await findMemberOrThrow(actor, userId);
  if (actor.membership.role !== "owner") throw new AppError("FORBIDDEN", "Only the organization owner can assign permissions");
  // The owner's own key may be narrowed (a read-only key): it must not change anyone's access.
  requirePermission(actor, "member:update");
  const transfer = role === "owner" && target.role !== "owner";
  // The owner must be someone who can sign in and act: not a disabled account, not a service account.
  if (transfer && target.user.banned) throw new AppError("CONFLICT", "Enable this user before making them the owner");
  if (transfer && target.user.system) throw new AppError("FORBIDDEN", "A system user cannot own the organization");
  if (target.userId === actor.user.id && role && role !== "owner") {
    throw new AppError("FORBIDDEN", "Transfer ownership to another member first: the organization always has an owner");
  }
  const result = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    if (transfer) await demoteOwner(tx, actor);
    else await assertStillOwner(tx, actor);
    // Read under the organization's lock, so flags set by a concurrent call are kept, and a call
    // that changes nothing (twenty identical calls after the first) writes no event.
    const current = await tx.member.findUnique({ where: { id: target.id }, select: { role: true, grants: true } });
    if (!current) throw notFound("User");
    const next = { role: role ?? asRole(current.role), grants: applyFlags(current.grants, flags) };
    const changed = next.role !== current.role || next.grants.join() !== [...current.grants].sort().join();
    if (!changed) return { ...next, changed };
    // Conditional, not update(): a member removed meanwhile is a clear 404, and the transaction
    // (with the demotion above) rolls back.
    const { count } = await tx.member.updateMany({ where: { id: target.id }, data: next });
    if (count !== 1) throw notFound("User");
    await audit(actor, {
      organizationId: actor.organizationId,
      action: transfer ? "user.transferOwnership" : "user.assignPermissions",
      target: { type: "user", id: userId, name: target.user.username },
      before: { role: current.role, grants: current.grants },
      after: next,
    });
    return { ...next, changed };
  });
  if (result.changed) forgetCachedAccess();
  return { userId, role: asRole(result.role), flags: flagsOf(result.grants), ownershipTransferred: transfer };
}

async function demoteOwner(tx: Tx, actor: Actor) {
  const demoted = await tx.member.updateMany({
    where: { id: actor.membership.id, role: "owner" },
    data: { role: "admin" },
  });
  if (demoted.count !== 1) throw new AppError("FORBIDDEN", NO_LONGER_OWNER);
}

/** The caller's ownership, read under a share lock: a transfer committed meanwhile wins, and this call is refused. */
async function assertStillOwner(tx: Tx, actor: Actor) {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM member WHERE id = ${actor.membership.id} AND role = 'owner' FOR SHARE`;
  if (rows.length !== 1) throw new AppError("FORBIDDEN", NO_LONGER_OWNER);
}
