import { ZVerifyAuditInput, ZVerifyAuditOutput } from "@/lib/schemas/audit";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { protectedProcedure } from "../../trpc";

export const verify = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/audit.verify",
      tags: ["audit"],
      summary: "Recompute a range of the audit hash chain and report the first broken link (audit:read)",
      description:
        "At most 10,000 events while you wait: by default the latest ones (the whole chain when it is that short; `complete` says so), or fromSeq..toSeq. The whole chain of any length: audit.startVerification.",
      protect: true,
    },
  })
  .input(ZVerifyAuditInput.optional())
  .output(ZVerifyAuditOutput)
  .query(({ ctx, input }) => verifyAuditChain({ actor: ctx.actor, input }));
