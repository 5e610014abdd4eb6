import { ZRevokeSessionInput, ZRevokeSessionOutput } from "@/lib/schemas/session";
import { revokeSession } from "@/server/services/sessions/revoke-session";
import { protectedProcedure } from "../../trpc";

export const revoke = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/session.revoke",
      tags: ["session"],
      summary: "End one of your sessions",
      description: "Anyone else's session is 404.",
      protect: true,
    },
  })
  .input(ZRevokeSessionInput)
  .output(ZRevokeSessionOutput)
  .mutation(({ ctx, input }) => revokeSession({ actor: ctx.actor, sessionId: input.sessionId }));
