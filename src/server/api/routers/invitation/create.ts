import { ZCreateInvitationInput, ZCreateInvitationOutput } from "@/lib/schemas/invitation";
import { createInvitations } from "@/server/services/invitations/create-invitations";
import { protectedProcedure } from "../../trpc";

export const create = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/invitation.create",
      tags: ["invitation"],
      summary: "Invite people with their access preset (member:create)",
      description:
        "One or many addresses with one role, groups and workspace access; each gets a link that expires (48 hours by default). All or nothing: an address that is not an email is a 400, one that is already a member or already invited a 409 naming `emails.<index>` (resend the pending invitation instead). `dryRun: true` reports every row and writes nothing. `send: true` emails each link through the default email provider.",
      protect: true,
    },
  })
  .input(ZCreateInvitationInput)
  .output(ZCreateInvitationOutput)
  .mutation(({ ctx, input }) => createInvitations({ actor: ctx.actor, input }));
