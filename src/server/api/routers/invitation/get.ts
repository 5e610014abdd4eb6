import { ZInvitation, ZInvitationIdInput } from "@/lib/schemas/invitation";
import { getInvitation } from "@/server/services/invitations/get-invitation";
import { protectedProcedure } from "../../trpc";

export const get = protectedProcedure
  .meta({
    openapi: { method: "GET", path: "/invitation.get", tags: ["invitation"], summary: "One invitation (member:create)", protect: true },
  })
  .input(ZInvitationIdInput)
  .output(ZInvitation)
  .query(({ ctx, input }) => getInvitation({ actor: ctx.actor, invitationId: input.invitationId }));
