import { z } from "zod";
import { ZRevokeOtherSessionsOutput } from "@/lib/schemas/session";
import { revokeOtherSessions } from "@/server/services/sessions/revoke-other-sessions";
import { protectedProcedure } from "../../trpc";

export const revokeOthers = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/session.revokeOthers",
      tags: ["session"],
      summary: "End every session of yours except this one",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZRevokeOtherSessionsOutput)
  .mutation(({ ctx }) => revokeOtherSessions({ actor: ctx.actor }));
