import { z } from "zod";
import { INT4_MAX, ZId } from "./fields";

export const ZAuditFilters = z
  .object({
    actor: z.string().trim().max(64).optional().describe("The acting user's id or username"),
    action: z.string().trim().max(64).optional().describe("An exact action, e.g. user.create"),
    target: z.string().trim().max(128).optional().describe("The target's id or name"),
    targetType: z.string().trim().max(32).optional(),
    from: z.iso.datetime({ offset: true }).optional().describe("At or after this time"),
    to: z.iso.datetime({ offset: true }).optional().describe("Before this time"),
  })
  .strict();
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZListAuditInput = ZAuditFilters.extend({
  cursor: z.number().int().min(1).max(INT4_MAX).optional().describe("The `nextCursor` of the previous page"),
  limit: z.number().int().min(1).max(500).default(50),
}).strict();
export type TListAuditInput = z.infer<typeof ZListAuditInput>;

const ZChange = z.record(z.string(), z.unknown()).nullable();

export const ZAuditEvent = z.object({
  id: z.string(),
  seq: z.number().int(),
  createdAt: z.iso.datetime(),
  actor: z.object({ userId: z.string().nullable(), name: z.string() }),
  apiKeyId: z.string().nullable(),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
  before: ZChange,
  after: ZChange,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  prevHash: z.string().nullable(),
  hash: z.string(),
  keyEra: z.string().nullable().describe("Fingerprint of the server key that sealed the event; null for events from before the chain was keyed"),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZListAuditOutput = z.object({
  items: z.array(ZAuditEvent).describe("Newest first"),
  nextCursor: z.number().int().nullable().describe("Pass as `cursor` for the next page; null at the end"),
});

export const ZAuditEventInput = z.object({ eventId: ZId }).strict();

export const ZVerifyAuditOutput = z.object({
  valid: z.boolean(),
  checked: z.number().int().describe("Events checked"),
  headSeq: z.number().int().describe("The organization's latest sequence number"),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  eras: z
    .array(
      z.object({
        era: z.string().nullable().describe("Key fingerprint; null: events from before the chain was keyed (a plain hash, no seal)"),
        fromSeq: z.number().int(),
        toSeq: z.number().int(),
        current: z.boolean().describe("Sealed with the key this server seals new events with"),
      }),
    )
    .describe("The checked events by the key that sealed them, in order"),
});
export type TVerifyAuditOutput = z.infer<typeof ZVerifyAuditOutput>;
