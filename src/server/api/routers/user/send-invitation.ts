import { ZSendInvitationInput, ZSendInvitationOutput } from "@/lib/schemas/invitation";
import { sendInvitation as send } from "@/server/services/invitations/send-invitation";
import { protectedProcedure } from "../../trpc";

export const sendInvitation = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.sendInvitation",
      tags: ["user"],
      summary: "Email an invitation through an email provider (member:create)",
      description:
        "Both the invitation and the provider (`notificationId`) must belong to your organization: 404 otherwise. The email carries a fresh link, answered here too; the earlier link stops working. An expired invitation answers 409: resend it with invitation.resend.",
      protect: true,
    },
  })
  .input(ZSendInvitationInput)
  .output(ZSendInvitationOutput)
  .mutation(({ ctx, input }) => send({ actor: ctx.actor, ...input }));
