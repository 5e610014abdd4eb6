import { ZInvitationWithLink, ZResendInvitationInput } from "@/lib/schemas/invitation";
import { resendInvitation } from "@/server/services/invitations/resend-invitation";
import { protectedProcedure } from "../../trpc";

export const resend = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/invitation.resend",
      tags: ["invitation"],
      summary: "A new link and a new expiry for a pending or expired invitation (member:create)",
      description:
        "The earlier link stops working: links are stored hashed, so a link is shown only when it is made. `send: false` only returns the link (copy it yourself). Accepted, declined or cancelled invitations answer 409.",
      protect: true,
    },
  })
  .input(ZResendInvitationInput)
  .output(ZInvitationWithLink)
  .mutation(({ ctx, input }) => resendInvitation({ actor: ctx.actor, input }));
