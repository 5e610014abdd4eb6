import { z } from "zod";
import { ZSession } from "@/lib/schemas/session";
import { listSessions } from "@/server/services/sessions/list-sessions";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: { method: "GET", path: "/session.list", tags: ["session"], summary: "Your live sessions (never their tokens)", protect: true },
  })
  .input(z.object({}).strict().optional())
  .output(z.array(ZSession))
  .query(({ ctx }) => listSessions({ actor: ctx.actor }));
