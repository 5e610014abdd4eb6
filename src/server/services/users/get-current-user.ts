import type { TCurrentUser } from "@/lib/schemas/user";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { listApiKeyMetadata } from "@/server/services/api-keys/list-api-key-metadata";
import { PROFILE_SELECT, toProfile } from "./profile";

/** The caller, in their active organization, with their API keys' metadata (never a key). */
export async function getCurrentUser({ actor }: { actor: Actor }): Promise<TCurrentUser> {
  const [user, organization, apiKeys] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.user.id }, select: PROFILE_SELECT }),
    db.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { id: true, name: true, slug: true },
    }),
    listApiKeyMetadata({ where: { referenceId: actor.user.id, organizationId: actor.organizationId } }),
  ]);
  return {
    userId: user.id,
    email: user.email,
    role: actor.membership.role,
    organization,
    user: { ...toProfile(user), apiKeys },
  };
}
