import { z } from "zod";
import { ZId } from "./fields";

export const ZCaughtEmailSummary = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  receivedAt: z.iso.datetime(),
});
export type TCaughtEmailSummary = z.infer<typeof ZCaughtEmailSummary>;

export const ZCaughtEmail = ZCaughtEmailSummary.extend({ messageId: z.string().nullable(), html: z.string().nullable(), text: z.string().nullable() });
export type TCaughtEmail = z.infer<typeof ZCaughtEmail>;

export const ZCaughtEmailRef = z.object({ id: ZId }).strict();
