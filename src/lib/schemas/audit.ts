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

/** The most events audit.verify checks while the caller waits; a whole chain is a background job. */
export const AUDIT_VERIFY_MAX_EVENTS = 10_000;

const ZSeq = z.number().int().min(1).max(INT4_MAX);

export const ZVerifyAuditInput = z
  .object({
    fromSeq: ZSeq.optional().describe("The first event to check (default: the latest events, up to the limit)"),
    toSeq: ZSeq.optional().describe("The last event to check (default: the head, or the limit after fromSeq)"),
  })
  .strict()
  .superRefine((range, ctx) => {
    if (range.fromSeq === undefined || range.toSeq === undefined) return;
    if (range.toSeq < range.fromSeq) ctx.addIssue({ code: "custom", path: ["toSeq"], message: "Must not be before fromSeq" });
    else if (range.toSeq - range.fromSeq + 1 > AUDIT_VERIFY_MAX_EVENTS) {
      ctx.addIssue({
        code: "custom",
        path: ["toSeq"],
        message: `At most ${AUDIT_VERIFY_MAX_EVENTS} events at once: verify the whole chain with audit.startVerification`,
      });
    }
  });
export type TVerifyAuditInput = z.infer<typeof ZVerifyAuditInput>;

const ZBroken = z.object({ seq: z.number().int(), reason: z.string() });

const ZEras = z
  .array(
    z.object({
      era: z.string().nullable().describe("Key fingerprint; null: events from before the chain was keyed (a plain hash, no seal)"),
      fromSeq: z.number().int(),
      toSeq: z.number().int(),
      current: z.boolean().describe("Sealed with the key this server seals new events with"),
    }),
  )
  .describe("The checked events by the key that sealed them, in order");

export const ZVerifyAuditOutput = z.object({
  valid: z.boolean(),
  checked: z.number().int().describe("Events checked"),
  headSeq: z.number().int().describe("The organization's latest sequence number"),
  fromSeq: z.number().int().describe("The first event of the range checked (0: no events)"),
  toSeq: z.number().int().describe("The last event of the range checked"),
  complete: z.boolean().describe("The range was the whole chain, from event 1 to the head"),
  firstBroken: ZBroken.nullable(),
  eras: ZEras,
});
export type TVerifyAuditOutput = z.infer<typeof ZVerifyAuditOutput>;

export const AUDIT_VERIFICATION_STATUSES = ["queued", "running", "done", "failed"] as const;

export const ZAuditVerification = z.object({
  id: z.string(),
  status: z.enum(AUDIT_VERIFICATION_STATUSES).describe("failed: the job could not finish (not a broken chain; see valid)"),
  requestedBy: z.object({ userId: z.string().nullable(), name: z.string() }),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  total: z.number().int().describe("Events to check: the chain's head when the job started"),
  checked: z.number().int().describe("Events checked so far"),
  valid: z.boolean().nullable().describe("Set when done: whether the whole chain is intact"),
  firstBroken: ZBroken.nullable(),
  eras: ZEras,
  error: z.string().nullable(),
});
export type TAuditVerification = z.infer<typeof ZAuditVerification>;

export const ZAuditVerificationInput = z
  .object({ verificationId: ZId.optional().describe("A verification's id; default: the organization's latest") })
  .strict();
