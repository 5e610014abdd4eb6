import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { TWorkspace } from "@/lib/schemas/workspace";
import { uniqueViolation } from "@/server/services/db/unique-violation";

export const WORKSPACE_SELECT = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { memberGrants: true, groupGrants: true } },
} satisfies Prisma.WorkspaceSelect;

type Row = Prisma.WorkspaceGetPayload<{ select: typeof WORKSPACE_SELECT }>;

export const toWorkspace = (row: Row): TWorkspace => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  memberGrantCount: row._count.memberGrants,
  groupGrantCount: row._count.groupGrants,
});

/** A taken name is a 409 naming the field; any other failure passes through. */
export function nameTaken(error: unknown, name: string): never {
  if (uniqueViolation(error) !== null) {
    const message = `A workspace named "${name}" already exists`;
    throw new AppError("CONFLICT", message, { fieldErrors: { name: [message] } });
  }
  throw error;
}
