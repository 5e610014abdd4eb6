import { forgetCachedAccess } from "@/server/actor/access-cache";
import { AppError, notFound } from "@/lib/errors";
import type { TMyOrganization } from "@/lib/schemas/organization";
import { asRole, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { ORGANIZATION_SELECT, toOrganization } from "./organization-view";

/**
 * Switches the caller's session to another organization they belong to (by id or slug); any
 * other is "not found". Only sessions switch: an API key always acts in the organization it was
 * made for, whatever its owner's sessions do.
 */
export async function setActiveOrganization({ actor, organizationId }: { actor: Actor; organizationId: string }): Promise<TMyOrganization> {
  if (actor.apiKey || !actor.sessionId) {
    throw new AppError("FORBIDDEN", "An API key always acts in the organization it was made for; switch organizations with a session");
  }
  const member = await db.member.findFirst({
    where: { userId: actor.user.id, organization: { OR: [{ id: organizationId }, { slug: organizationId }] } },
    select: { role: true, organization: { select: ORGANIZATION_SELECT } },
  });
  if (!member) throw notFound("Organization");
  const switched = await db.session.updateMany({
    where: { id: actor.sessionId, userId: actor.user.id },
    data: { activeOrganizationId: member.organization.id },
  });
  if (!switched.count) throw new AppError("UNAUTHORIZED", "This session has ended; sign in again");
  forgetCachedAccess();
  return { ...toOrganization(member.organization), role: asRole(member.role), active: true };
}
