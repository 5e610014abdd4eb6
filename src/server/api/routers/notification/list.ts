import { z } from "zod";
import { ZEmailProvider } from "@/lib/schemas/notification";
import { listEmailProviders } from "@/server/services/notifications/list-email-providers";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/notification.list",
      tags: ["notification"],
      summary: "The organization's SMTP email providers (settings:manage)",
      description: "Passwords are never returned: `hasPassword` says whether one is stored.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(z.array(ZEmailProvider))
  .query(({ ctx }) => listEmailProviders({ actor: ctx.actor }));
