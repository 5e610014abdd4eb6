import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { INVITATION_DEFAULT_SECONDS } from "@/lib/schemas/invitation";
import type { TOrganization } from "@/lib/schemas/organization";
import { uniqueViolation } from "@/server/services/db/unique-violation";

export const ORGANIZATION_SELECT = {
  id: true,
  name: true,
  slug: true,
  logo: true,
  invitationExpirySeconds: true,
  createdAt: true,
} satisfies Prisma.OrganizationSelect;

export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof ORGANIZATION_SELECT }>;

export const toOrganization = (row: OrganizationRow): TOrganization => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  logo: row.logo,
  invitationExpiresIn: row.invitationExpirySeconds ?? INVITATION_DEFAULT_SECONDS,
  createdAt: row.createdAt.toISOString(),
});

/** A slug another organization has is a 409 naming the field; any other failure passes through. */
export function slugTaken(error: unknown, slug: string): never {
  if (uniqueViolation(error) !== null) {
    const message = `The slug "${slug}" is taken by another organization`;
    throw new AppError("CONFLICT", message, { fieldErrors: { slug: [message] } });
  }
  throw error;
}
