import { ZCreateEmailProviderInput, ZEmailProvider } from "@/lib/schemas/notification";
import { createEmailProvider } from "@/server/services/notifications/create-email-provider";
import { protectedProcedure } from "../../trpc";

export const create = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/notification.create",
      tags: ["notification"],
      summary: "Add an SMTP email provider (settings:manage)",
      description: "The password is stored encrypted and never returned. The organization's first provider is its default; `isDefault: true` makes this one the default instead of the current one.",
      protect: true,
    },
  })
  .input(ZCreateEmailProviderInput)
  .output(ZEmailProvider)
  .mutation(({ ctx, input }) => createEmailProvider({ actor: ctx.actor, input }));
