import { ZResetPasswordInput, ZResetPasswordOutput } from "@/lib/schemas/user-admin";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { protectedProcedure } from "../../trpc";

export const resetPassword = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.resetPassword",
      tags: ["user"],
      summary: "Set another member's password and end all their sessions (member:update)",
      description: "Password 8 to 128 characters. Not yourself (use user.update), not system users; only the owner resets administrators.",
      protect: true,
    },
  })
  .input(ZResetPasswordInput)
  .output(ZResetPasswordOutput)
  .mutation(({ ctx, input }) => resetUserPassword({ actor: ctx.actor, userId: input.userId, password: input.password }));
