import { z } from "zod";
import { ZDeleteApiKeyInput } from "@/lib/schemas/user";
import { deleteApiKey as remove } from "@/server/services/api-keys/delete-api-key";
import { protectedProcedure } from "../../trpc";

export const deleteApiKey = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.deleteApiKey",
      tags: ["api keys"],
      summary: "Revoke an API key",
      description: "Your own keys; administrators may revoke any key of their organization.",
      protect: true,
    },
  })
  .input(ZDeleteApiKeyInput)
  .output(z.object({ success: z.literal(true), apiKeyId: z.string() }))
  .mutation(({ ctx, input }) => remove({ actor: ctx.actor, apiKeyId: input.apiKeyId }));
