import { ZGroupUsersInput, ZGroupUsersOutput } from "@/lib/schemas/group";
import { changeGroupMembers } from "@/server/services/groups/change-group-members";
import { protectedProcedure } from "../../trpc";

export const addUsers = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/group.addUsers",
      tags: ["group"],
      summary: "Add users (ids or usernames) to a group (group:manage)",
      description: "Users already in the group are skipped; users who are not members of the organization are a 400 naming them.",
      protect: true,
    },
  })
  .input(ZGroupUsersInput)
  .output(ZGroupUsersOutput)
  .mutation(({ ctx, input }) => changeGroupMembers({ actor: ctx.actor, input, change: "add" }));
