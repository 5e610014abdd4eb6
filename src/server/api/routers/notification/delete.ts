import { ZDeleteEmailProviderOutput, ZEmailProviderRef } from "@/lib/schemas/notification";
import { deleteEmailProvider } from "@/server/services/notifications/delete-email-provider";
import { protectedProcedure } from "../../trpc";

export const remove = protectedProcedure
  .meta({
    openapi: { method: "POST", path: "/notification.delete", tags: ["notification"], summary: "Remove an SMTP email provider (settings:manage)", description: "Another organization's provider is 404.", protect: true },
  })
  .input(ZEmailProviderRef)
  .output(ZDeleteEmailProviderOutput)
  .mutation(({ ctx, input }) => deleteEmailProvider({ actor: ctx.actor, providerId: input.notificationId }));
