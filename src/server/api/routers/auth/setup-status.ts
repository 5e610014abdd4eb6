import { z } from "zod";
import { ZSetupStatus } from "@/lib/schemas/setup";
import { isSetUp } from "@/server/services/setup/create-first-admin";
import { publicProcedure } from "../../trpc";

export const setupStatus = publicProcedure
  .meta({ openapi: { method: "GET", path: "/auth.setupStatus", tags: ["auth"], summary: "Whether the first administrator still has to be created", protect: false } })
  .input(z.object({}).strict().optional())
  .output(ZSetupStatus)
  .query(async () => ({ setupRequired: !(await isSetUp()) }));
