import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { findMemberOrThrow } from "./find-member";

/** How many organizations a user belongs to: yourself, or a member of your organization for admins. */
export async function countUserOrganizations({ actor, userId }: { actor: Actor; userId: string }): Promise<number> {
  if (userId !== actor.user.id) {
    // Tenancy before permission: another organization's user is "not found" to every caller.
    await findMemberOrThrow(actor, userId);
    if (!can(actor, "member:read")) throw new AppError("FORBIDDEN", "Only administrators can look up other members");
  }
  return db.member.count({ where: { userId } });
}
