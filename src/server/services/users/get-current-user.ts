import { AppError } from "@/lib/errors";
import type { TCurrentUser } from "@/lib/schemas/user";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { API_KEY_METADATA_SELECT, toApiKeyMetadata } from "@/server/services/api-keys/list-api-key-metadata";
import { PROFILE_SELECT, toProfile } from "./profile";

/**
 * The caller, in their active organization, with their API keys' metadata (never a key).
 * One statement: the organization and keys are joined to the user (relationLoadStrategy "join"),
 * because this is the call integrations make most.
 */
export async function getCurrentUser({ actor }: { actor: Actor }): Promise<TCurrentUser> {
  const { apiKeys, members, ...user } = await db.user.findUniqueOrThrow({
    where: { id: actor.user.id },
    select: {
      ...PROFILE_SELECT,
      apiKeys: { where: { organizationId: actor.organizationId }, select: API_KEY_METADATA_SELECT, orderBy: { createdAt: "desc" } },
      members: { where: { organizationId: actor.organizationId }, select: { organization: { select: { id: true, name: true, slug: true } } } },
    },
    relationLoadStrategy: "join",
  });
  const organization = members[0]?.organization;
  if (!organization) throw new AppError("FORBIDDEN", "You are no longer a member of this organization");
  return {
    userId: user.id,
    email: user.email,
    role: actor.membership.role,
    organization,
    user: { ...toProfile(user), apiKeys: apiKeys.map(toApiKeyMetadata) },
  };
}
