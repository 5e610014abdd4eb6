import { requestInfo } from "@/server/actor/request-info";
import type { AuditAction } from "@/lib/audit-actions";
import { db } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";

export { PASSWORD_RESET_EXPIRY_SECONDS, sendEmailChangeVerification, sendPasswordResetEmail } from "./account-emails";

// better-auth runs these when a reset link is used and when a new address is confirmed; auth.ts
// installs them (the one way up from the bottom layer that the lint rule allows).

async function auditAccountChange(userId: string, request: Request | undefined, action: AuditAction, after: Record<string, unknown>) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true, members: { select: { organizationId: true } } } });
  if (!user?.members.length) return;
  const organizations = user.members.map((m) => m.organizationId);
  const info = request ? requestInfo(request.headers) : undefined;
  await auditedTransaction(organizations, async (_tx, audit) => {
    for (const organizationId of organizations) {
      await audit({ user: { id: userId, username: user.username }, request: info }, { organizationId, action, target: { type: "user", id: userId, name: user.username }, after });
    }
  });
}

/** A password set through an emailed reset link: every session was revoked with it. */
export const auditPasswordReset = ({ user }: { user: { id: string } }, request?: Request) =>
  auditAccountChange(user.id, request, "user.passwordResetByEmail", { sessionsRevoked: true });

/** A new address confirmed from its verification link. */
export const auditEmailChange = (user: { id: string; email: string }, request?: Request) => auditAccountChange(user.id, request, "user.changeEmail", { email: user.email });
