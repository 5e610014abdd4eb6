import { z } from "zod";
import { ZVerifyAuditOutput } from "@/lib/schemas/audit";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { protectedProcedure } from "../../trpc";

export const verify = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/audit.verify",
      tags: ["audit"],
      summary: "Recompute the audit hash chain and report the first broken link (audit:read)",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZVerifyAuditOutput)
  .query(({ ctx }) => verifyAuditChain({ actor: ctx.actor }));
