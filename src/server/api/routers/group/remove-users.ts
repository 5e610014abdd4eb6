import { ZGroupUsersInput, ZGroupUsersOutput } from "@/lib/schemas/group";
import { changeGroupMembers } from "@/server/services/groups/change-group-members";
import { protectedProcedure } from "../../trpc";

export const removeUsers = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/group.removeUsers",
      tags: ["group"],
      summary: "Remove users (ids or usernames) from a group (group:manage)",
      protect: true,
    },
  })
  .input(ZGroupUsersInput)
  .output(ZGroupUsersOutput)
  .mutation(({ ctx, input }) => changeGroupMembers({ actor: ctx.actor, input, change: "remove" }));
