import { ZAssignPermissionsInput, ZAssignPermissionsOutput } from "@/lib/schemas/user";
import { assignPermissions as assign } from "@/server/services/users/assign-permissions";
import { protectedProcedure } from "../../trpc";

export const assignPermissions = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.assignPermissions",
      tags: ["user"],
      summary: "Set a member's role and permission flags (owner only)",
      description: "A partial update: flags left out stay. `role: \"owner\"` transfers ownership; the previous owner becomes admin.",
      protect: true,
    },
  })
  .input(ZAssignPermissionsInput)
  .output(ZAssignPermissionsOutput)
  .mutation(({ ctx, input }) => assign({ actor: ctx.actor, input }));
