import { randomUUID } from "node:crypto";
import { AppError, emptyFieldErrors } from "@/lib/errors";
import type { TCreateInvitationInput, TCreateInvitationOutput, TInvitationRow } from "@/lib/schemas/invitation";
import { accessForUserRole } from "@/lib/user-roles";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { assertMayGrant } from "@/server/services/access/assert-may-grant";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { uniqueViolation } from "@/server/services/db/unique-violation";
import { resolveGroups } from "@/server/services/groups/resolve-groups";
import { resolveWorkspaceGrants } from "@/server/services/workspaces/resolve-workspace-grants";
import { checkInvitationRows } from "./check-invitation-rows";
import { defaultInvitationExpiry } from "./default-invitation-expiry";
import { enqueueEmails } from "@/server/services/email/enqueue-email";
import { invitationEmail, organizationNameOf } from "./deliver-invitation";
import { INVITATION_SELECT, toInvitation } from "./invitation-view";
import { invitationLink, newInvitationToken } from "./invitation-token";

/**
 * Invites one or many addresses with the same access. All or nothing: an address that is not an
 * email (400), or that is already a member or already invited (409, offering a resend), stops the
 * whole batch, each named as `emails.<index>`. A dry run reports every row and writes nothing.
 * With `send`, each email is queued in the same transaction, so a failed batch sends nothing.
 */
export async function createInvitations({ actor, input }: { actor: Actor; input: TCreateInvitationInput }): Promise<TCreateInvitationOutput> {
  requirePermission(actor, "member:create");
  const { memberRole, workspaceRole } = accessForUserRole(input.role);
  const selected = input.workspaceAccess.all ? [] : (input.workspaceAccess.grants ?? []);
  const groups = await resolveGroups(actor.organizationId, input.groups ?? []);
  const grants = await resolveWorkspaceGrants(actor.organizationId, selected, "workspaceAccess.grants");
  assertMayGrant(actor, {
    memberRole,
    permissions: groups.flatMap((g) => g.grants),
    workspaceRoles: [workspaceRole, ...selected.map((g) => g.role), ...groups.flatMap((g) => [g.workspaceRole, ...g.grantRoles])],
  });
  if (input.dryRun) {
    return { dryRun: true, rows: await checkInvitationRows(actor.organizationId, input.emails), invitations: [] };
  }
  try {
    return await auditedTransaction(actor.organizationId, async (tx, audit) => {
      // Checked under the organization's lock, so a concurrent invite of the same address is seen.
      const rows = await checkInvitationRows(actor.organizationId, input.emails, tx);
      assertAllOk(rows);
      const expiresIn = input.expiresIn ?? (await defaultInvitationExpiry(actor.organizationId, tx));
      const expiresAt = new Date(Date.now() + expiresIn * 1000);
      const organizationName = input.send ? await organizationNameOf(tx, actor.organizationId) : "";
      const invitations: TCreateInvitationOutput["invitations"] = [];
      const emails: Parameters<typeof enqueueEmails>[1] = [];
      for (const { email } of rows) {
        const { token, tokenHash } = newInvitationToken();
        const row = await tx.invitation.create({
          data: {
            id: randomUUID(),
            organizationId: actor.organizationId,
            email,
            role: memberRole,
            workspaceRole: workspaceRole ?? "viewer",
            allWorkspaces: input.workspaceAccess.all,
            expiresAt,
            tokenHash,
            inviterId: actor.user.id,
            groups: { create: groups.map((g) => ({ groupId: g.id })) },
            workspaceGrants: { create: grants.map((g) => ({ workspaceId: g.workspaceId, role: g.role })) },
          },
          select: INVITATION_SELECT,
        });
        const invitation = toInvitation(row);
        await audit(actor, {
          organizationId: actor.organizationId,
          action: "invitation.create",
          target: { type: "invitation", id: row.id, name: email },
          after: {
            email,
            role: invitation.role,
            allWorkspaces: invitation.workspaceAccess.all,
            workspaceGrants: invitation.workspaceAccess.grants.map((g) => ({ workspace: g.workspace, role: g.role })),
            groups: invitation.groups.map((g) => g.name),
            expiresAt: invitation.expiresAt,
          },
        });
        const link = invitationLink(token);
        if (input.send) emails.push(invitationEmail({ invitation: row, organizationName, link }));
        invitations.push({ invitation, link, deliveryId: null });
      }
      // The whole batch's emails at once: one cap check, one rendering, one insert.
      const queued = await enqueueEmails(tx, emails);
      queued.forEach(({ deliveryId }, i) => (invitations[i]!.deliveryId = deliveryId));
      return { dryRun: false, rows, invitations };
    });
  } catch (error) {
    // The partial unique index is the last guard against two pending invitations of one address.
    if (uniqueViolation(error)?.includes("one_pending")) {
      throw new AppError("CONFLICT", "This address already has a pending invitation: resend it", { fieldErrors: { emails: ["Already invited: resend the pending invitation"] } });
    }
    throw error;
  }
}

/** 400 for addresses that are not emails or repeat; else 409 for members and pending invitations. */
function assertAllOk(rows: TInvitationRow[]): void {
  const bad = rows.filter((r) => !r.ok);
  if (!bad.length) return;
  const invalid = bad.filter((r) => r.problem === "invalid" || r.problem === "duplicate");
  const shown = invalid.length ? invalid : bad;
  const fieldErrors = emptyFieldErrors();
  for (const r of shown) fieldErrors[`emails.${r.row}`] = [r.message ?? "Cannot be invited"];
  const message = shown.length === 1 ? shown[0]!.message! : `${shown.length} addresses cannot be invited: ${shown.map((r) => r.message).join("; ")}`;
  throw new AppError(invalid.length ? "BAD_REQUEST" : "CONFLICT", message, { fieldErrors });
}
