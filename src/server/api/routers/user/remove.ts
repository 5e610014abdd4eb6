import { ZRemoveMemberOutput, ZUserIdInput } from "@/lib/schemas/user";
import { removeMember } from "@/server/services/users/remove-member";
import { protectedProcedure } from "../../trpc";

export const remove = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.remove",
      tags: ["user"],
      summary: "Remove a member from the organization",
      description:
        "Administrators only; never the owner; not yourself; only the owner removes administrators. Ends their sessions and deletes their keys for this organization; deletes the account when it belongs to no other organization.",
      protect: true,
    },
  })
  .input(ZUserIdInput)
  .output(ZRemoveMemberOutput)
  .mutation(({ ctx, input }) => removeMember({ actor: ctx.actor, userId: input.userId }));
