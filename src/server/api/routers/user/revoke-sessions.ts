import { ZUserIdInput } from "@/lib/schemas/user";
import { ZRevokeSessionsOutput } from "@/lib/schemas/user-admin";
import { revokeUserSessions } from "@/server/services/users/revoke-user-sessions";
import { protectedProcedure } from "../../trpc";

export const revokeSessions = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.revokeSessions",
      tags: ["user"],
      summary: "End every session of a member (member:update)",
      description: "Only the owner signs out administrators. API keys keep working: revoke them with user.deleteApiKey.",
      protect: true,
    },
  })
  .input(ZUserIdInput)
  .output(ZRevokeSessionsOutput)
  .mutation(({ ctx, input }) => revokeUserSessions({ actor: ctx.actor, userId: input.userId }));
