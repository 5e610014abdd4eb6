import { z } from "zod";
import { ZGroupSummary, ZListGroupsInput } from "@/lib/schemas/group";
import { listGroups } from "@/server/services/groups/list-groups";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/group.list",
      tags: ["group"],
      summary: "Groups with GID and members; sortable by name, gid or members; searchable by name (group:read)",
      protect: true,
    },
  })
  .input(ZListGroupsInput.optional().transform((input) => input ?? ZListGroupsInput.parse({})))
  .output(z.array(ZGroupSummary))
  .query(({ ctx, input }) => listGroups({ actor: ctx.actor, input }));
