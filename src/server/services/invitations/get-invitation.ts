import type { TInvitation } from "@/lib/schemas/invitation";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { findInvitationOrThrow } from "./find-invitation";
import { withDelivery } from "./with-delivery";

/** One invitation of the organization; another organization's is 404. */
export async function getInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): Promise<TInvitation> {
  requirePermission(actor, "member:create");
  const [invitation] = await withDelivery([await findInvitationOrThrow(actor.organizationId, invitationId)]);
  return invitation!;
}
