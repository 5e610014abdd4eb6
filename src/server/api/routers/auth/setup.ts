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
      description:
        "Works once, on a fresh install: creates the organization (named `organizationName`, optional: ROSTER_ORGANIZATION_NAME, \"My organization\" unless set) with the administrator as its owner. Afterwards it answers 403. Sign in with the same username and password to get a session.",
      protect: false,
    },
  })
  .input(ZSetupInput)
  .output(ZSetupOutput)
  .mutation(({ ctx, input }) => createFirstAdmin(input, ctx.request));
