import { ZCreateGroupInput, ZGroupDetail } from "@/lib/schemas/group";
import { createGroup } from "@/server/services/groups/create-group";
import { protectedProcedure } from "../../trpc";

export const create = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/group.create",
      tags: ["group"],
      summary: "Create a group (group:manage)",
      description:
        "Name and GID are unique in the organization (409). Without `gid`, the lowest free from 1000. " +
        "Grants are catalog permissions; you can only hand out what you hold.",
      protect: true,
    },
  })
  .input(ZCreateGroupInput)
  .output(ZGroupDetail)
  .mutation(({ ctx, input }) => createGroup({ actor: ctx.actor, input }));
