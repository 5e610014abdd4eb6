import { z } from "zod";
import { ZAuditVerification } from "@/lib/schemas/audit";
import { startAuditVerification } from "@/server/services/audit/audit-verification";
import { protectedProcedure } from "../../trpc";

export const startVerification = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/audit.startVerification",
      tags: ["audit"],
      summary: "Verify the whole audit hash chain in the background (audit:read)",
      description: "Answers the queued verification, or the one already queued or running. Follow it with audit.getVerification.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZAuditVerification)
  .mutation(({ ctx }) => startAuditVerification({ actor: ctx.actor }));
