import { ZUserIdInput } from "@/lib/schemas/user";
import { ZUnlockOutput } from "@/lib/schemas/user-admin";
import { unlockUser } from "@/server/services/users/unlock-user";
import { protectedProcedure } from "../../trpc";

export const unlock = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.unlock",
      tags: ["user"],
      summary: "Lift the lock that failed password attempts put on a member's account (member:update)",
      description:
        "Clears the count of failed password checks too. Not yourself; only the owner unlocks administrators; " +
        "refused for accounts shared with another organization (their lock ends on its own).",
      protect: true,
    },
  })
  .input(ZUserIdInput)
  .output(ZUnlockOutput)
  .mutation(({ ctx, input }) => unlockUser({ actor: ctx.actor, userId: input.userId }));
