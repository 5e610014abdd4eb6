import { z } from "zod";
import { ZOwnInvitation } from "@/lib/schemas/invitation";
import { listOwnInvitations } from "@/server/services/invitations/list-own-invitations";
import { protectedProcedure } from "../../trpc";

export const getInvitations = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.getInvitations",
      tags: ["user"],
      summary: "Your own pending invitations, from every organization",
      description: "Invitations addressed to your account's email that are pending and not expired. Accept or decline them with invitation.accept / invitation.reject.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(z.array(ZOwnInvitation))
  .query(({ ctx }) => listOwnInvitations({ actor: ctx.actor }));
