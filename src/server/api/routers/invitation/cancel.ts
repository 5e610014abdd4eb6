import { ZInvitation, ZInvitationIdInput } from "@/lib/schemas/invitation";
import { cancelInvitation } from "@/server/services/invitations/cancel-invitation";
import { protectedProcedure } from "../../trpc";

export const cancel = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/invitation.cancel",
      tags: ["invitation"],
      summary: "Withdraw a pending invitation (member:create)",
      description: "Its link stops working. An invitation already accepted, declined or cancelled answers 409 saying which.",
      protect: true,
    },
  })
  .input(ZInvitationIdInput)
  .output(ZInvitation)
  .mutation(({ ctx, input }) => cancelInvitation({ actor: ctx.actor, invitationId: input.invitationId }));
