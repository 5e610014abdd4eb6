import { ZEmailProvider, ZEmailProviderRef } from "@/lib/schemas/notification";
import { getEmailProvider } from "@/server/services/notifications/list-email-providers";
import { protectedProcedure } from "../../trpc";

export const get = protectedProcedure
  .meta({
    openapi: { method: "GET", path: "/notification.get", tags: ["notification"], summary: "One SMTP email provider (settings:manage)", description: "Another organization's provider is 404.", protect: true },
  })
  .input(ZEmailProviderRef)
  .output(ZEmailProvider)
  .query(({ ctx, input }) => getEmailProvider({ actor: ctx.actor, providerId: input.notificationId }));
