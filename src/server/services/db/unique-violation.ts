import { Prisma } from "@/generated/prisma/client";

type AdapterCause = { kind?: string; constraint?: { index?: string; fields?: string[] } };

/**
 * The unique index a failed write violated (e.g. "group_organizationId_gid_key"), "" when it is a
 * unique violation whose index is not reported, or null when `error` is not a unique violation.
 * Services use it to name the field at fault, or to retry when the index is one they compete for.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = (error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined)?.driverAdapterError?.cause;
  if (cause?.kind === "UniqueConstraintViolation") return cause.constraint?.index ?? cause.constraint?.fields?.join(",") ?? "";
  return error.code === "P2002" ? "" : null;
}
