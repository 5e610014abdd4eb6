import { z } from "zod";
import { ZListApiKeysInput, ZOrganizationApiKey } from "@/lib/schemas/user";
import { listApiKeys as list } from "@/server/services/api-keys/list-organization-api-keys";
import { protectedProcedure } from "../../trpc";

export const listApiKeys = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.listApiKeys",
      tags: ["api keys"],
      summary: "API keys' metadata: yours, or the organization's (apiKey:manage)",
      protect: true,
    },
  })
  .input(ZListApiKeysInput.optional().transform((input) => input ?? { scope: "mine" as const }))
  .output(z.array(ZOrganizationApiKey))
  .query(({ ctx, input }) => list({ actor: ctx.actor, scope: input.scope }));
