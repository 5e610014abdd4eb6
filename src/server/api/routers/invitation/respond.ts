import { ZAcceptOutput, ZInvitationIdInput } from "@/lib/schemas/invitation";
import { respondToInvitation } from "@/server/services/invitations/respond-to-invitation";
import { protectedProcedure } from "../../trpc";

const STATE_ERRORS =
  "An invitation addressed to another email is 404. One that was used, declined, cancelled or has expired answers 409 with `fieldErrors.status` = accepted, rejected, cancelled or expired.";

export const accept = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/invitation.accept",
      tags: ["invitation"],
      summary: "Accept an invitation addressed to your account's email",
      description: `You become a member of the inviting organization with the invited role, groups and workspaces. ${STATE_ERRORS}`,
      protect: true,
    },
  })
  .input(ZInvitationIdInput)
  .output(ZAcceptOutput)
  .mutation(({ ctx, input }) => respondToInvitation({ actor: ctx.actor, invitationId: input.invitationId, answer: "accept" }));

export const reject = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/invitation.reject",
      tags: ["invitation"],
      summary: "Decline an invitation addressed to your account's email",
      description: STATE_ERRORS,
      protect: true,
    },
  })
  .input(ZInvitationIdInput)
  .output(ZAcceptOutput)
  .mutation(({ ctx, input }) => respondToInvitation({ actor: ctx.actor, invitationId: input.invitationId, answer: "reject" }));
