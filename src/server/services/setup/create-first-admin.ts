import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { AppError } from "@/lib/errors";
import type { TSetupInput, TSetupOutput } from "@/lib/schemas/setup";
import { Prisma } from "@/generated/prisma/client";
import type { RequestInfo } from "@/server/actor/actor";
import { config } from "@/server/config";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { db } from "@/server/db";
import { newMetricsTokenColumns } from "@/server/services/metrics/metrics-token";

export const ALREADY_SET_UP = "Roster is already set up: an administrator exists. Sign in instead.";

const slugify = (name: string) =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48) || "organization";

/**
 * Creates the first administrator as owner of a new default organization. Exactly one call can
 * ever succeed: the installation row's primary key is inserted in the same transaction, so
 * concurrent callers lose on the constraint, not on a read that raced.
 */
export async function createFirstAdmin(input: TSetupInput, request?: RequestInfo): Promise<TSetupOutput> {
  if (await isSetUp()) throw new AppError("FORBIDDEN", ALREADY_SET_UP);
  const username = input.username.toLowerCase();
  const email = (input.email ?? `${username}@roster.invalid`).toLowerCase();
  const organizationName = input.organizationName ?? config.defaultOrganizationName;
  // Hash before the transaction: it is the slow part and holds no lock.
  const passwordHash = await hashPassword(input.password);
  // The organization is born with its metrics token, so reading it never has to write.
  const metricsToken = await newMetricsTokenColumns();
  const now = new Date();
  const userId = randomUUID();
  const organizationId = randomUUID();
  try {
    const organization = await auditedTransaction(null, async (tx, audit) => {
      await tx.installation.create({ data: { id: 1, defaultOrganization: organizationId } });
      await tx.user.create({
        data: {
          id: userId,
          name: input.name ?? input.username,
          email,
          username,
          displayUsername: input.username,
          role: "user",
          createdAt: now,
          accounts: {
            create: { id: randomUUID(), accountId: userId, providerId: "credential", password: passwordHash },
          },
        },
      });
      const created = await tx.organization.create({
        data: {
          id: organizationId,
          name: organizationName,
          slug: slugify(organizationName),
          ...metricsToken,
          members: { create: { id: randomUUID(), userId, role: "owner", createdAt: now } },
        },
        select: { id: true, name: true, slug: true },
      });
      await audit({ user: { id: userId, username }, request }, {
        organizationId,
        action: "auth.setup",
        target: { type: "user", id: userId, name: username },
        after: { username, email, role: "owner", organization: organizationName },
      });
      return created;
    });
    return { userId, username, email, organization };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("FORBIDDEN", ALREADY_SET_UP);
    }
    throw error;
  }
}

/** True once the first administrator exists. */
export async function isSetUp(): Promise<boolean> {
  const [installation, anyUser] = await Promise.all([
    db.installation.findUnique({ where: { id: 1 }, select: { id: true } }),
    db.user.findFirst({ select: { id: true } }),
  ]);
  return Boolean(installation || anyUser);
}
