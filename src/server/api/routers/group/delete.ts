import { ZDeleteGroupOutput, ZGroupRefInput } from "@/lib/schemas/group";
import { deleteGroup } from "@/server/services/groups/delete-group";
import { protectedProcedure } from "../../trpc";

export const remove = protectedProcedure
  .meta({
    openapi: { method: "POST", path: "/group.delete", tags: ["group"], summary: "Delete a group; its members stay (group:manage)", protect: true },
  })
  .input(ZGroupRefInput)
  .output(ZDeleteGroupOutput)
  .mutation(({ ctx, input }) => deleteGroup({ actor: ctx.actor, groupId: input.groupId }));
