import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, bearer, organization, username } from "better-auth/plugins";
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_PATTERN } from "@/lib/schemas/fields";
import { forgetCachedAccess } from "./access-changes";
import { trustedOrigins } from "./allowed-origins";
import { config } from "./config";
import { db } from "./db";
import { CLIENT_IP_HEADER } from "./request-headers";
import { auditEmailChange, auditPasswordReset, PASSWORD_RESET_EXPIRY_SECONDS, sendEmailChangeVerification, sendPasswordResetEmail } from "./services/email/account-email-hooks";
import { signInLockAfter, signInLockBefore } from "./services/sign-in/sign-in-lock-hooks";

export const DISABLED_MESSAGE = "This account is disabled. Ask an administrator of your organization to enable it.";

const forgetOnChange = async () => forgetCachedAccess();

export const auth = betterAuth({
  appName: "Roster",
  baseURL: config.baseUrl,
  // The same origins as Roster's own policy, so better-auth never refuses what Roster accepts.
  trustedOrigins: trustedOrigins(),
  secret: config.authSecret,
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
    // People join through setup, an administrator or an invitation; there is no open sign-up.
    disableSignUp: true,
    // Forgot password: a single-use link by email (through the delivery queue), valid for an hour;
    // setting the new password signs the person out everywhere.
    sendResetPassword: sendPasswordResetEmail,
    resetPasswordTokenExpiresIn: PASSWORD_RESET_EXPIRY_SECONDS,
    revokeSessionsOnPasswordReset: true,
    onPasswordReset: auditPasswordReset,
  },
  // Changing one's email sends a link to the new address; the address changes when it is opened.
  emailVerification: {
    sendVerificationEmail: sendEmailChangeVerification,
    afterEmailVerification: auditEmailChange,
    expiresIn: 60 * 60 * 24,
  },
  user: {
    changeEmail: { enabled: true, updateEmailWithoutVerification: false },
    additionalFields: {
      firstName: { type: "string", required: false, defaultValue: "", input: false },
      lastName: { type: "string", required: false, defaultValue: "", input: false },
      system: { type: "boolean", required: false, defaultValue: false, input: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 7,
    updateAge: 60 * 60 * 24,
  },
  // The sign-in limiter counts per client address as Roster's HTTP edge decided it.
  advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      "/sign-in/*": { window: 60, max: config.signInRateLimit },
      // Each of these sends an email: a few per minute per address is plenty for a person.
      "/request-password-reset": { window: 60, max: 5 },
      "/change-email": { window: 60, max: 5 },
    },
  },
  // Failed password checks are limited per account too, across every instance (sign-in-lock-hooks.ts).
  hooks: { before: signInLockBefore, after: signInLockAfter },
  // Sessions and users are cached per instance (src/server/actor/verify-session.ts): every change
  // better-auth makes to one (sign-out, a reset password, a switched organization, a verified new
  // email) is forgotten here at once and announced to the other instances.
  databaseHooks: {
    user: { update: { after: forgetOnChange }, delete: { after: forgetOnChange } },
    session: {
      update: { after: forgetOnChange },
      delete: { after: forgetOnChange },
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { system: true } });
          if (user?.system) return false;
          if (session.activeOrganizationId) return;
          // Start every session in the user's oldest organization.
          const membership = await db.member.findFirst({
            where: { userId: session.userId },
            orderBy: { createdAt: "asc" },
            select: { organizationId: true },
          });
          return { data: { ...session, activeOrganizationId: membership?.organizationId ?? null } };
        },
      },
    },
  },
  plugins: [
    // Roster's rule for usernames, so that every username Roster accepts (dashes too) can sign in.
    username({ minUsernameLength: 2, maxUsernameLength: 64, usernameValidator: (name) => USERNAME_PATTERN.test(name) }),
    organization({ allowUserToCreateOrganization: false, creatorRole: "owner" }),
    admin({ defaultRole: "user", bannedUserMessage: DISABLED_MESSAGE }),
    bearer(),
    // Roster verifies keys itself (src/server/actor/verify-api-key.ts); the plugin owns
    // the table's shape and the key format. No default limit: limits only when the creator sets them.
    apiKey({ enableMetadata: true, rateLimit: { enabled: false } }),
    nextCookies(),
  ],
});

export type Auth = typeof auth;
