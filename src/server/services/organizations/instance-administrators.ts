import { AppError } from "@/lib/errors";
import { requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db } from "@/server/db";

/** The organization made at setup: its owner and administrators administer the instance. */
export async function instanceOrganizationId(): Promise<string | null> {
  const installation = await db.installation.findUnique({ where: { id: 1 }, select: { defaultOrganization: true } });
  return installation?.defaultOrganization ?? null;
}

/** Whether the user is the owner or an administrator of the organization made at setup. */
export async function isInstanceAdministrator(userId: string): Promise<boolean> {
  const organizationId = await instanceOrganizationId();
  if (!organizationId) return false;
  const member = await db.member.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    select: { role: true },
  });
  return member?.role === "owner" || member?.role === "admin";
}

/** Whether the user may create organizations under ROSTER_ORGANIZATION_CREATORS (for a session). */
export async function userMayCreateOrganizations(userId: string): Promise<boolean> {
  return config.organizationCreators === "anyone" || (await isInstanceAdministrator(userId));
}

/** 403 unless the caller may create organizations. */
export async function assertMayCreateOrganization(actor: Actor): Promise<void> {
  requireUnscopedKey(actor, "creating an organization");
  if (await userMayCreateOrganizations(actor.user.id)) return;
  throw new AppError(
    "FORBIDDEN",
    "Only instance administrators (the owner and administrators of the first organization) may create organizations on this server",
  );
}
