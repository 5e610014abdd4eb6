import { z } from "zod";
import { ZUserIdInput } from "@/lib/schemas/user";
import { countUserOrganizations } from "@/server/services/users/count-user-organizations";
import { protectedProcedure } from "../../trpc";

export const checkUserOrganizations = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.checkUserOrganizations",
      tags: ["user"],
      summary: "How many organizations a user belongs to",
      description: "Yourself, or a member of your organization for administrators.",
      protect: true,
    },
  })
  .input(ZUserIdInput)
  .output(z.number().int())
  .query(({ ctx, input }) => countUserOrganizations({ actor: ctx.actor, userId: input.userId }));
