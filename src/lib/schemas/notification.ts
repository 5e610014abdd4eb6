import { z } from "zod";
import { ZEmail, ZId } from "./fields";

export const TLS_MODES = ["none", "starttls", "tls"] as const;

// Hosts are names or addresses; no scheme, path or spaces.
const ZHost = z
  .string()
  .trim()
  .min(1, "Enter the SMTP server's host name")
  .max(253, "Host names are at most 253 characters")
  .regex(/^[a-zA-Z0-9.\-:[\]]+$/, "Enter a host name or address only, such as smtp.example.com");

const providerFields = {
  name: z.string().trim().min(1, "Name the provider").max(100, "Names are at most 100 characters"),
  host: ZHost,
  port: z.number().int("The port is a whole number").min(1, "Ports are 1 to 65535").max(65_535, "Ports are 1 to 65535"),
  tlsMode: z.enum(TLS_MODES).describe("none: plain SMTP; starttls: upgrade with STARTTLS (required); tls: TLS from the first byte (usually port 465)"),
  username: z.string().max(256, "Usernames are at most 256 characters").optional(),
  fromName: z.string().trim().min(1, "Enter the sender's name").max(100, "Sender names are at most 100 characters"),
  fromAddress: ZEmail,
  isDefault: z.boolean().optional().describe("Invitations and account emails go through the default provider; one per organization"),
};

export const ZCreateEmailProviderInput = z
  .object({ ...providerFields, password: z.string().max(1024, "Passwords are at most 1024 characters").optional() })
  .strict();
export type TCreateEmailProviderInput = z.infer<typeof ZCreateEmailProviderInput>;

export const ZEmailProviderRef = z.object({ notificationId: ZId.describe("The provider's id") }).strict();

export const ZUpdateEmailProviderInput = z
  .object({
    notificationId: ZId,
    name: providerFields.name.optional(),
    host: providerFields.host.optional(),
    port: providerFields.port.optional(),
    tlsMode: providerFields.tlsMode.optional(),
    username: z.string().max(256).nullable().optional().describe("null removes it"),
    password: z.string().max(1024, "Passwords are at most 1024 characters").nullable().optional().describe("Omit to keep the stored password; null removes it"),
    fromName: providerFields.fromName.optional(),
    fromAddress: ZEmail.optional(),
    isDefault: z.boolean().optional(),
  })
  .strict();
export type TUpdateEmailProviderInput = z.infer<typeof ZUpdateEmailProviderInput>;

export const ZEmailProvider = z.object({
  id: z.string(),
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  tlsMode: z.enum(TLS_MODES),
  username: z.string().nullable(),
  hasPassword: z.boolean().describe("Whether a password is stored; it is never returned"),
  fromName: z.string(),
  fromAddress: z.string(),
  isDefault: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TEmailProvider = z.infer<typeof ZEmailProvider>;

export const ZTestEmailProviderInput = z
  .object({ notificationId: ZId, to: ZEmail.optional().describe("Where to send the test; your own address when omitted") })
  .strict();
export type TTestEmailProviderInput = z.infer<typeof ZTestEmailProviderInput>;

export const ZTestEmailProviderOutput = z.object({
  success: z.boolean(),
  to: z.string(),
  error: z.string().nullable().describe("The SMTP server's own words when the send failed"),
});
export type TTestEmailProviderOutput = z.infer<typeof ZTestEmailProviderOutput>;

export const ZDeleteEmailProviderOutput = z.object({ success: z.literal(true), notificationId: z.string() });
