import { ZEmailProvider, ZUpdateEmailProviderInput } from "@/lib/schemas/notification";
import { updateEmailProvider } from "@/server/services/notifications/update-email-provider";
import { protectedProcedure } from "../../trpc";

export const update = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/notification.update",
      tags: ["notification"],
      summary: "Change an SMTP email provider (settings:manage)",
      description: "Omit `password` to keep the stored one; `null` removes it. Another organization's provider is 404.",
      protect: true,
    },
  })
  .input(ZUpdateEmailProviderInput)
  .output(ZEmailProvider)
  .mutation(({ ctx, input }) => updateEmailProvider({ actor: ctx.actor, input }));
