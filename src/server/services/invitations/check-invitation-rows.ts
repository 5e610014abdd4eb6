import type { TInvitationRow } from "@/lib/schemas/invitation";
import { ZEmail } from "@/lib/schemas/fields";
import { db, type Tx } from "@/server/db";

/**
 * Each address of a batch as it stands: not an email, repeated in the list, already a member of the
 * organization, or already invited (a pending invitation, expired or not, which can be resent).
 * Addresses are compared lower-cased.
 */
export async function checkInvitationRows(organizationId: string, emails: readonly string[], client: Tx | typeof db = db): Promise<TInvitationRow[]> {
  const normalized = emails.map((e) => e.trim().toLowerCase());
  const valid = [...new Set(normalized.filter((e) => ZEmail.safeParse(e).success))];
  const [members, pending] = valid.length
    ? await Promise.all([
        client.member.findMany({ where: { organizationId, user: { email: { in: valid } } }, select: { user: { select: { email: true } } } }),
        client.invitation.findMany({ where: { organizationId, status: "pending", email: { in: valid } }, select: { id: true, email: true, expiresAt: true } }),
      ])
    : [[], []];
  const memberEmails = new Set(members.map((m) => m.user.email.toLowerCase()));
  const pendingByEmail = new Map(pending.map((p) => [p.email, p]));
  const seen = new Set<string>();
  const now = Date.now();
  return normalized.map((email, row): TInvitationRow => {
    const result = (problem: TInvitationRow["problem"], message: string | null, invitationId: string | null = null): TInvitationRow => ({
      row,
      email,
      ok: problem === null,
      problem,
      message,
      invitationId,
    });
    if (!ZEmail.safeParse(email).success) return result("invalid", `"${email}" is not a valid email address`);
    if (seen.has(email)) return result("duplicate", `${email} appears more than once in the list`);
    seen.add(email);
    if (memberEmails.has(email)) return result("member", `${email} is already a member of this organization`);
    const invitation = pendingByEmail.get(email);
    if (invitation) {
      const expired = invitation.expiresAt.getTime() <= now;
      return result(
        "pending",
        expired
          ? `${email} has an expired invitation: resend it (invitation ${invitation.id}) for a new link`
          : `${email} already has a pending invitation: resend it (invitation ${invitation.id})`,
        invitation.id,
      );
    }
    return result(null, null);
  });
}
