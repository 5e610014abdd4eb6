import { ZListAuditInput, ZListAuditOutput } from "@/lib/schemas/audit";
import { listAuditEvents } from "@/server/services/audit/list-audit-events";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/audit.list",
      tags: ["audit"],
      summary: "The audit log, newest first, filtered and paged by keyset (audit:read)",
      description: "Owners, admins, managers and holders of audit:read. CSV of the same filters: GET /api/audit-export.",
      protect: true,
    },
  })
  .input(ZListAuditInput.optional().transform((input) => input ?? ZListAuditInput.parse({})))
  .output(ZListAuditOutput)
  .query(({ ctx, input }) => listAuditEvents({ actor: ctx.actor, input }));
