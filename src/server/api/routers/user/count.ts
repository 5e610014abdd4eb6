import { z } from "zod";
import { ZMemberCount } from "@/lib/schemas/user-settings";
import { countMembers } from "@/server/services/users/count-members";
import { protectedProcedure } from "../../trpc";

export const count = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.count",
      tags: ["user"],
      summary: "How many members the organization has (exact when small, estimated when large)",
      description: "Needs member:read. Up to 1,000 members the count is exact; beyond, an estimate from the database's statistics (`exact: false`).",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZMemberCount)
  .query(({ ctx }) => countMembers({ actor: ctx.actor }));
