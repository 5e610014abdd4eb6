import { ZTestEmailProviderInput, ZTestEmailProviderOutput } from "@/lib/schemas/notification";
import { testEmailProvider } from "@/server/services/notifications/test-email-provider";
import { protectedProcedure } from "../../trpc";

export const test = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/notification.test",
      tags: ["notification"],
      summary: "Send a test email through a provider now (settings:manage)",
      description: "Answers `success: true`, or `success: false` with the SMTP server's own error text. Counts toward the organization's hourly email cap (429 with Retry-After past it).",
      protect: true,
    },
  })
  .input(ZTestEmailProviderInput)
  .output(ZTestEmailProviderOutput)
  .mutation(({ ctx, input }) => testEmailProvider({ actor: ctx.actor, input }));
