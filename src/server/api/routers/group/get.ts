import { ZGroupDetail, ZGroupRefInput } from "@/lib/schemas/group";
import { getGroup } from "@/server/services/groups/get-group";
import { protectedProcedure } from "../../trpc";

export const get = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/group.get",
      tags: ["group"],
      summary: "One group by id or name, with every member and its grants (group:read)",
      protect: true,
    },
  })
  .input(ZGroupRefInput)
  .output(ZGroupDetail)
  .query(({ ctx, input }) => getGroup({ actor: ctx.actor, groupId: input.groupId }));
