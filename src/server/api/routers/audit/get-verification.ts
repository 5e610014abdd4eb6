import { ZAuditVerification, ZAuditVerificationInput } from "@/lib/schemas/audit";
import { getAuditVerification } from "@/server/services/audit/audit-verification";
import { protectedProcedure } from "../../trpc";

export const getVerification = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/audit.getVerification",
      tags: ["audit"],
      summary: "A background verification's progress and outcome, or the latest one (audit:read)",
      description: "null when the organization has none yet; another organization's is 404.",
      protect: true,
    },
  })
  .input(ZAuditVerificationInput.optional())
  .output(ZAuditVerification.nullable())
  .query(({ ctx, input }) => getAuditVerification({ actor: ctx.actor, verificationId: input?.verificationId }));
