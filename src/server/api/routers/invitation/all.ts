import { z } from "zod";
import { ZInvitation, ZListInvitationsInput } from "@/lib/schemas/invitation";
import { listInvitations } from "@/server/services/invitations/list-invitations";
import { protectedProcedure } from "../../trpc";

export const all = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/invitation.all",
      tags: ["invitation"],
      summary: "The organization's invitations, newest first (member:create)",
      description:
        "Each with its state (pending, accepted, rejected, cancelled, or expired: a pending invitation past its expiry), its latest email's delivery status and its inviter. Keyset paging: pass the last item's `id` as `cursor`.",
      protect: true,
    },
  })
  .input(ZListInvitationsInput.optional().transform((input) => input ?? ZListInvitationsInput.parse({})))
  .output(z.array(ZInvitation))
  .query(({ ctx, input }) => listInvitations({ actor: ctx.actor, input }));
