import { z } from "zod";
import { MEMBER_ROLES } from "@/lib/permissions";
import { ZEmail, ZId, ZPassword, ZPersonName } from "./fields";

export const ZMemberRole = z.enum(MEMBER_ROLES);

export const ZUpdateSelfInput = z
  .object({
    name: ZPersonName.min(1, "Name cannot be empty").optional(),
    firstName: ZPersonName.optional(),
    lastName: ZPersonName.optional(),
    image: z.url("Image must be a URL").max(2048).nullable().optional(),
    email: ZEmail.optional(),
    password: ZPassword.optional(),
    currentPassword: z.string().max(256).optional(),
  })
  // Unknown fields (banned, emailVerified, role…) are refused, not silently dropped.
  .strict()
  .refine((input) => !input.password || input.currentPassword, {
    message: "Current password is required to change the password",
    path: ["currentPassword"],
  });
export type TUpdateSelfInput = z.infer<typeof ZUpdateSelfInput>;

export const ZApiKeyMetadata = z.object({
  id: z.string(),
  name: z.string().nullable(),
  prefix: z.string().nullable(),
  start: z.string().nullable(),
  enabled: z.boolean(),
  organizationId: z.string().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  rateLimitEnabled: z.boolean(),
  rateLimitTimeWindow: z.number().int().nullable().describe("seconds"),
  rateLimitMax: z.number().int().nullable(),
  remaining: z.number().int().nullable(),
  refillAmount: z.number().int().nullable(),
  refillInterval: z.number().int().nullable().describe("seconds"),
  permissions: z.array(z.string()).nullable(),
});
export type TApiKeyMetadata = z.infer<typeof ZApiKeyMetadata>;

export const ZProfile = z.object({
  id: z.string(),
  username: z.string(),
  displayUsername: z.string().nullable(),
  email: z.string(),
  name: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  image: z.string().nullable(),
  system: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type TProfile = z.infer<typeof ZProfile>;

export const ZCurrentUser = z.object({
  userId: z.string(),
  email: z.string(),
  role: ZMemberRole,
  organization: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  user: ZProfile.extend({ apiKeys: z.array(ZApiKeyMetadata) }),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZUserIdInput = z.object({ userId: ZId }).strict();

// The Profile page's two forms: each sends a subset of ZUpdateSelfInput.
export const ZProfileForm = z.object({
  name: ZPersonName.min(1, "Name cannot be empty"),
  firstName: ZPersonName,
  lastName: ZPersonName,
  email: ZEmail,
});
export type TProfileForm = z.infer<typeof ZProfileForm>;

export const ZPasswordForm = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    password: ZPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "The passwords do not match", path: ["confirmPassword"] });
export type TPasswordForm = z.infer<typeof ZPasswordForm>;
