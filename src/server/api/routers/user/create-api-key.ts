import { ZCreateApiKeyInput, ZCreatedApiKey } from "@/lib/schemas/user";
import { createApiKey as create } from "@/server/services/api-keys/create-api-key";
import { protectedProcedure } from "../../trpc";

export const createApiKey = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.createApiKey",
      tags: ["api keys"],
      summary: "Create an API key (shown once)",
      description:
        "Times are in seconds. No rate limit or quota unless you set one. `permissions` narrows the key below your own permissions.",
      protect: true,
    },
  })
  .input(ZCreateApiKeyInput)
  .output(ZCreatedApiKey)
  .mutation(({ ctx, input }) => create({ actor: ctx.actor, input }));
