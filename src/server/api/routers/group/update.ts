import { ZGroupDetail, ZUpdateGroupInput } from "@/lib/schemas/group";
import { updateGroup } from "@/server/services/groups/update-group";
import { protectedProcedure } from "../../trpc";

export const update = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/group.update",
      tags: ["group"],
      summary: "Rename a group, or change its description, grants, workspace role or workspace grants (group:manage)",
      description: "Lists given replace the old ones; members' access changes at once.",
      protect: true,
    },
  })
  .input(ZUpdateGroupInput)
  .output(ZGroupDetail)
  .mutation(({ ctx, input }) => updateGroup({ actor: ctx.actor, input }));
