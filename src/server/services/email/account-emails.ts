import { config } from "@/server/config";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { ensureMailCatcherProvider } from "@/server/services/mail-catcher/mail-catcher-provider";
import { enqueueEmail } from "./enqueue-email";
import type { EmailKind, EmailTemplateInput } from "./email-kinds";

// Emails about a person's own account (password reset, email change) belong to no organization.
// They go through the default provider of the person's oldest organization that has one, else the
// server's ROSTER_SMTP_URL; in development, the mail catcher.

const RESET_EXPIRY_SECONDS = 60 * 60;
// Forgot-password can be asked for by anyone: at most this many account emails reach one address
// per hour, so nobody can flood someone's inbox through Roster.
export const ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR = 5;

/** Placeholder addresses (`.invalid`) can never receive mail. */
const undeliverable = (email: string) => email.toLowerCase().endsWith(".invalid");

async function accountProvider(userId: string): Promise<string | null> {
  const memberships = await db.member.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { organizationId: true } });
  const organizationIds = memberships.map((m) => m.organizationId);
  const providers = await db.emailProvider.findMany({ where: { organizationId: { in: organizationIds }, isDefault: true }, select: { id: true, organizationId: true } });
  for (const organizationId of organizationIds) {
    const found = providers.find((p) => p.organizationId === organizationId);
    if (found) return found.id;
  }
  const first = organizationIds[0];
  if (!config.email.smtpUrl && first && config.mailCatcher) return db.$transaction((tx) => ensureMailCatcherProvider(tx, first));
  return null;
}

/**
 * Queues an account email. Failures are logged, never answered: the caller's response must be the
 * same whether or not the address has an account and whether or not mail can be sent.
 */
async function enqueueAccountEmail(userId: string, to: string, kind: EmailKind, template: EmailTemplateInput): Promise<void> {
  if (undeliverable(to)) return;
  try {
    const providerId = await accountProvider(userId);
    await db.$transaction(async (tx) => {
      // One request per address at a time; one that comes while another is being queued is dropped
      // (the person gets that email), so a burst never waits on a lock holding a connection.
      const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`account-email:${to}`}, 0)) AS locked`;
      if (!locked) return;
      const recent = await tx.emailDelivery.count({
        where: { organizationId: null, toAddress: to, createdAt: { gt: new Date(Date.now() - 60 * 60 * 1000) } },
      });
      if (recent >= ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR) return logger().warn({ userId, kind }, "account email not queued: this address had its hourly share");
      await enqueueEmail(tx, { organizationId: null, providerId, kind, to, template });
    });
  } catch (error) {
    logger().warn({ err: error, userId, kind }, "account email not queued");
  }
}

type AccountUser = { id: string; name: string; email: string };

/** better-auth's sendResetPassword: a single-use link to the reset page, valid for an hour. */
export async function sendPasswordResetEmail({ user, token }: { user: AccountUser; token: string }): Promise<void> {
  const resetUrl = `${config.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await enqueueAccountEmail(user.id, user.email, "password-reset", {
    template: "password-reset",
    name: user.name,
    resetUrl,
    expiresAt: new Date(Date.now() + RESET_EXPIRY_SECONDS * 1000),
  });
}

export const PASSWORD_RESET_EXPIRY_SECONDS = RESET_EXPIRY_SECONDS;

/**
 * better-auth's sendVerificationEmail. For an email change, `user.email` is already the new address:
 * the link goes there, and the address changes only when it is opened.
 */
export async function sendEmailChangeVerification({ user, url }: { user: AccountUser; url: string }): Promise<void> {
  await enqueueAccountEmail(user.id, user.email, "email-change-verification", { template: "email-change-verification", name: user.name, newEmail: user.email, verifyUrl: url });
}
