import { ZUserIdInput } from "@/lib/schemas/user";
import { ZUserStateOutput } from "@/lib/schemas/user-admin";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { protectedProcedure } from "../../trpc";

export const enable = protectedProcedure
  .meta({
    openapi: { method: "POST", path: "/user.enable", tags: ["user"], summary: "Enable a disabled member's account again (member:update)", protect: true },
  })
  .input(ZUserIdInput)
  .output(ZUserStateOutput)
  .mutation(({ ctx, input }) => setUserDisabled({ actor: ctx.actor, userId: input.userId, disabled: false }));
