import { ZProfile, ZUpdateSelfInput } from "@/lib/schemas/user";
import { updateSelf } from "@/server/services/users/update-self";
import { protectedProcedure } from "../../trpc";

export const update = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.update",
      tags: ["user"],
      summary: "Update your own profile and password",
      description: "Changing the password needs `currentPassword` and signs out your other sessions. Unknown fields are refused.",
      protect: true,
    },
  })
  .input(ZUpdateSelfInput)
  .output(ZProfile)
  .mutation(({ ctx, input }) => updateSelf({ actor: ctx.actor, input }));
