import { ZUpsertGroupInput, ZUpsertGroupOutput } from "@/lib/schemas/group";
import { upsertGroup } from "@/server/services/groups/upsert-group";
import { protectedProcedure } from "../../trpc";

export const upsert = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/group.upsert",
      tags: ["group"],
      summary: "Create or update a group by name (group:manage)",
      description:
        "Creates the group when the organization has none of that name (GID: the lowest free from 1000), else updates it: " +
        "lists given replace the old ones. The same call twice changes nothing and writes no audit event.",
      protect: true,
    },
  })
  .input(ZUpsertGroupInput)
  .output(ZUpsertGroupOutput)
  .mutation(({ ctx, input }) => upsertGroup({ actor: ctx.actor, input }));
