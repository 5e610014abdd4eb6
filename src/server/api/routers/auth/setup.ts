import { ZSetupInput, ZSetupOutput } from "@/lib/schemas/setup";
import { createFirstAdmin } from "@/server/services/setup/create-first-admin";
import { publicProcedure } from "../../trpc";

export const setup = publicProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/auth.setup",
      tags: ["auth"],
      summary: "Create the first administrator",
      description: "Works once, on a fresh install: the administrator becomes owner of the default organization. Afterwards it answers 403.",
      protect: false,
    },
  })
  .input(ZSetupInput)
  .output(ZSetupOutput)
  .mutation(({ ctx, input }) => createFirstAdmin(input, ctx.request));
