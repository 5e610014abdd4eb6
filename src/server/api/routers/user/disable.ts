import { ZUserIdInput } from "@/lib/schemas/user";
import { ZUserStateOutput } from "@/lib/schemas/user-admin";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { protectedProcedure } from "../../trpc";

export const disable = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.disable",
      tags: ["user"],
      summary: "Disable a member's account (member:update)",
      description:
        "Sign-in is refused, every session ends and API keys are refused from the next request; history, keys and ownership stay. " +
        "Not yourself, not the owner; only the owner disables administrators.",
      protect: true,
    },
  })
  .input(ZUserIdInput)
  .output(ZUserStateOutput)
  .mutation(({ ctx, input }) => setUserDisabled({ actor: ctx.actor, userId: input.userId, disabled: true }));
