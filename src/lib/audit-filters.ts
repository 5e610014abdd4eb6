import type { TAuditFilters } from "./schemas/audit";

/** The audit log's filter boxes as typed: text, and days as yyyy-mm-dd (the browser's date input). */
export type AuditFilterForm = { actor: string; action: string; target: string; from: string; to: string };

export const NO_AUDIT_FILTERS: AuditFilterForm = { actor: "", action: "", target: "", from: "", to: "" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight at the start of `day` in the reader's time zone, as an ISO instant (null if not a day). */
function startOfDay(day: string, plusDays = 0): string | null {
  if (!DAY.test(day)) return null;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + plusDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * audit.list's (and the CSV export's) filters for the boxes: empty boxes are left out, and the
 * days are whole days in the reader's time zone: from the start of `from` to the end of `to`.
 */
export function toAuditFilters(form: AuditFilterForm): TAuditFilters {
  const from = startOfDay(form.from);
  const to = startOfDay(form.to, 1);
  return {
    ...(form.actor.trim() ? { actor: form.actor.trim() } : {}),
    ...(form.action.trim() ? { action: form.action.trim() } : {}),
    ...(form.target.trim() ? { target: form.target.trim() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** The CSV download of the same events: GET /api/audit-export with the filters as query parameters. */
export function auditExportHref(filters: TAuditFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const text = query.toString();
  return `/api/audit-export${text ? `?${text}` : ""}`;
}

/**
 * Actions the filter box suggests. Suggestions only: the box takes any action, so an action added
 * later is still found by typing it.
 */
export const AUDIT_ACTION_SUGGESTIONS = [
  "auth.setup",
  "group.addUsers",
  "group.create",
  "group.delete",
  "group.removeUsers",
  "group.rename",
  "group.update",
  "notification.create",
  "notification.delete",
  "notification.test",
  "notification.update",
  "session.revoke",
  "session.revokeOthers",
  "user.assignPermissions",
  "user.create",
  "user.createApiKey",
  "user.deleteApiKey",
  "user.changeEmail",
  "user.disable",
  "user.enable",
  "user.locked",
  "user.passwordResetByEmail",
  "user.remove",
  "user.resetPassword",
  "user.revokeSessions",
  "user.rotateMetricsToken",
  "user.transferOwnership",
  "user.unlock",
  "user.update",
  "user.updateMember",
  "user.upsert",
  "workspace.create",
  "workspace.delete",
  "workspace.rename",
  "workspace.update",
] as const;
