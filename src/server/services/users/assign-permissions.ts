import { AppError } from "@/lib/errors";
import type { MemberRole } from "@/lib/permissions";
import type { TAssignPermissionsInput } from "@/lib/schemas/user";
import { asRole, type Actor } from "@/server/actor/actor";
import { db, type Tx } from "@/server/db";
import { keyCache } from "@/server/services/api-keys/key-cache";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { findMemberOrThrow } from "./find-member";
import { applyFlags, flagsOf } from "./member-flags";

const NO_LONGER_OWNER = "You are no longer the owner of this organization";

/**
 * The owner sets a member's role and flags (seed 002: owners only). Assigning `owner` transfers
 * ownership: the old owner becomes admin, in the same transaction. There is exactly one owner at
 * every moment: a partial unique index allows no second one, and the demotion is conditional on
 * the caller still being owner, so concurrent transfers cannot both succeed.
 */
export async function assignPermissions({ actor, input }: { actor: Actor; input: TAssignPermissionsInput }) {
  if (actor.membership.role !== "owner") throw new AppError("FORBIDDEN", "Only the organization owner can assign permissions");
  const { id: userId, role, ...flags } = input;
  const target = await findMemberOrThrow(actor, userId);
  const transfer = role === "owner" && target.role !== "owner";
  if (target.userId === actor.user.id && role && role !== "owner") {
    throw new AppError("FORBIDDEN", "Transfer ownership to another member first: the organization always has an owner");
  }
  const grants = applyFlags(target.grants, flags);
  const nextRole: MemberRole = role ?? asRole(target.role);

  const result = await db.$transaction(async (tx) => {
    if (transfer) await demoteOwner(tx, actor);
    const updated = await tx.member.update({
      where: { id: target.id },
      data: { role: nextRole, grants },
      select: { role: true, grants: true },
    });
    await recordAuditEvent(tx, actor, {
      organizationId: actor.organizationId,
      action: transfer ? "user.transferOwnership" : "user.assignPermissions",
      target: { type: "user", id: userId, name: target.user.username },
      before: { role: target.role, grants: target.grants },
      after: { role: updated.role, grants: updated.grants },
    });
    return updated;
  });
  keyCache.clear();
  return { userId, role: asRole(result.role), flags: flagsOf(result.grants), ownershipTransferred: transfer };
}

async function demoteOwner(tx: Tx, actor: Actor) {
  const demoted = await tx.member.updateMany({
    where: { id: actor.membership.id, role: "owner" },
    data: { role: "admin" },
  });
  if (demoted.count !== 1) throw new AppError("FORBIDDEN", NO_LONGER_OWNER);
}
