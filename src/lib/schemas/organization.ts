// Organizations: the ones a person belongs to, creating, renaming, switching and deleting them.
import { z } from "zod";
import { ZMemberRole } from "./access";
import { ZId } from "./fields";
import { INVITATION_DEFAULT_SECONDS, INVITATION_MAX_SECONDS, INVITATION_MIN_SECONDS } from "./invitation";

export const SLUG_MAX = 48;
/** Lower-case letters and digits in words joined by single dashes: "acme", "acme-labs-2". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a name, as the create form suggests it ("" when the name has no letter or digit). */
export const slugFromName = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");

export const ZOrganizationName = z
  .string()
  .trim()
  .min(1, "Name the organization")
  .max(100, "Organization names are at most 100 characters");

export const ZOrganizationSlug = z
  .string()
  .trim()
  .min(2, "A slug is at least 2 characters")
  .max(SLUG_MAX, `A slug is at most ${SLUG_MAX} characters`)
  .regex(SLUG_PATTERN, "A slug may contain only lower-case letters, digits and single dashes between them");

export const ZLogoUrl = z
  .string()
  .trim()
  .max(2000, "A logo URL is at most 2000 characters")
  .refine((value) => URL.canParse(value) && ["https:", "http:"].includes(new URL(value).protocol), "The logo must be an http:// or https:// URL");

export const ZInvitationExpiry = z
  .number()
  .int("Give whole seconds")
  .min(INVITATION_MIN_SECONDS, "An invitation lasts at least 1 hour (3600 seconds)")
  .max(INVITATION_MAX_SECONDS, "An invitation lasts at most 30 days (2592000 seconds)");

export const ZOrganization = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  logo: z.string().nullable(),
  invitationExpiresIn: z.number().int().describe(`Seconds an invitation lasts when none is given (${INVITATION_DEFAULT_SECONDS} unless changed)`),
  createdAt: z.iso.datetime(),
});
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZMyOrganization = ZOrganization.extend({
  role: ZMemberRole.describe("Your role in it"),
  active: z.boolean().describe("Whether it is the organization this session or key acts in"),
});
export type TMyOrganization = z.infer<typeof ZMyOrganization>;

export const ZCreateOrganizationInput = z
  .object({
    name: ZOrganizationName,
    slug: ZOrganizationSlug.optional().describe("Unique across the instance (409 otherwise); made from the name when omitted"),
  })
  .strict();
export type TCreateOrganizationInput = z.infer<typeof ZCreateOrganizationInput>;

const ZOrganizationRef = ZId.describe("The organization's id or slug: it must be the one you act in (404 otherwise)");

export const ZUpdateOrganizationInput = z
  .object({
    organizationId: ZOrganizationRef,
    name: ZOrganizationName.optional(),
    slug: ZOrganizationSlug.optional(),
    logo: ZLogoUrl.nullable().optional().describe("An image URL; null removes it"),
    invitationExpiresIn: ZInvitationExpiry.nullable().optional().describe("Default seconds an invitation lasts; null restores 48 hours"),
  })
  .strict();
export type TUpdateOrganizationInput = z.infer<typeof ZUpdateOrganizationInput>;

export const ZDeleteOrganizationInput = z
  .object({
    organizationId: ZOrganizationRef,
    confirm: z.string().trim().min(1, "Type the organization's name or slug to confirm").max(100).describe("The organization's name or slug, typed to confirm"),
  })
  .strict();
export type TDeleteOrganizationInput = z.infer<typeof ZDeleteOrganizationInput>;

export const ZDeleteOrganizationOutput = z.object({
  success: z.literal(true),
  organizationId: z.string(),
  accountsDeleted: z.number().int().describe("Accounts that belonged to no other organization and were deleted with it"),
});

export const ZSetActiveOrganizationInput = z.object({ organizationId: ZId.describe("The organization's id or slug") }).strict();
