import { z } from "zod";
import { ZCaughtEmail, ZCaughtEmailRef, ZCaughtEmailSummary } from "@/lib/schemas/mail-catcher";
import { getCaughtEmail, listCaughtEmails } from "@/server/services/mail-catcher/list-caught-emails";
import { createTRPCRouter, protectedProcedure } from "../../trpc";

const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/mailCatcher.list",
      tags: ["mailCatcher"],
      summary: "Messages the development mail catcher received (settings:manage; development only)",
      description: "404 in production, where there is no mail catcher.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(z.array(ZCaughtEmailSummary))
  .query(({ ctx }) => listCaughtEmails({ actor: ctx.actor }));

const get = protectedProcedure
  .meta({ openapi: { method: "GET", path: "/mailCatcher.get", tags: ["mailCatcher"], summary: "One caught message with its HTML and text (development only)", protect: true } })
  .input(ZCaughtEmailRef)
  .output(ZCaughtEmail)
  .query(({ ctx, input }) => getCaughtEmail({ actor: ctx.actor, id: input.id }));

export const mailCatcherRouter = createTRPCRouter({ list, get });
