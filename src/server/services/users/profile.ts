import type { Prisma } from "@/generated/prisma/client";
import type { TProfile } from "@/lib/schemas/user";

/** The columns a profile needs, and their public shape (never a hash, never a secret). */
export const PROFILE_SELECT = {
  id: true,
  username: true,
  displayUsername: true,
  email: true,
  name: true,
  firstName: true,
  lastName: true,
  image: true,
  system: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

type ProfileRow = Prisma.UserGetPayload<{ select: typeof PROFILE_SELECT }>;

export const toProfile = (row: ProfileRow): TProfile => ({ ...row, createdAt: row.createdAt.toISOString() });
