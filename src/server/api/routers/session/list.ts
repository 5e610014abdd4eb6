import { z } from "zod";
import { ZListSessionsInput, ZSession } from "@/lib/schemas/session";
import { listSessions } from "@/server/services/sessions/list-sessions";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/session.list",
      tags: ["session"],
      summary: "Your live sessions, newest first (never their tokens)",
      description: "Keyset paging: `limit` at a time (default 100); pass the last item's `id` as `cursor` for the next page.",
      protect: true,
    },
  })
  .input(ZListSessionsInput.optional().transform((input) => input ?? ZListSessionsInput.parse({})))
  .output(z.array(ZSession))
  .query(({ ctx, input }) => listSessions({ actor: ctx.actor, input }));
