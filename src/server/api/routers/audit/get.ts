import { ZAuditEvent, ZAuditEventInput } from "@/lib/schemas/audit";
import { getAuditEvent } from "@/server/services/audit/list-audit-events";
import { protectedProcedure } from "../../trpc";

export const get = protectedProcedure
  .meta({
    openapi: { method: "GET", path: "/audit.get", tags: ["audit"], summary: "One audit event (audit:read); another organization's is 404", protect: true },
  })
  .input(ZAuditEventInput)
  .output(ZAuditEvent)
  .query(({ ctx, input }) => getAuditEvent({ actor: ctx.actor, eventId: input.eventId }));
