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
      summary: "API keys' metadata: yours, or the organization's (apiKey:manage), newest first",
      description: "Keyset paging: `limit` at a time (default 100); pass the last item's `id` as `cursor` for the next page. `userId` narrows to one owner.",
      protect: true,
    },
  })
  .input(ZListApiKeysInput.optional().transform((input) => input ?? ZListApiKeysInput.parse({})))
  .output(z.array(ZOrganizationApiKey))
  .query(({ ctx, input }) => list({ actor: ctx.actor, input }));
