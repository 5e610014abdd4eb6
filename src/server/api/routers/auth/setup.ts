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
      errorResponses: { 400: "Invalid username or password", 403: "Roster is already set up" },
    },
  })
  .input(ZSetupInput)
  .output(ZSetupOutput)
  .mutation(({ ctx, input }) => createFirstAdmin(input, ctx.request));
