import type { TAuditFilters } from "./schemas/audit";

/**
 * The audit log's filters as chosen: text, an action ("" for any), days as yyyy-mm-dd (the browser's
 * date input), or instead of days a recent period (`period`, its name, and `since`, the instant it
 * starts, fixed when it was chosen).
 */
export type AuditFilterForm = { actor: string; action: string; target: string; from: string; to: string; period: string; since: string };

export const NO_AUDIT_FILTERS: AuditFilterForm = { actor: "", action: "", target: "", from: "", to: "", period: "", since: "" };

/** The date range's presets: the last so many hours. */
export const AUDIT_PERIODS = [
  { label: "Last 24 hours", hours: 24 },
  { label: "Last 7 days", hours: 24 * 7 },
  { label: "Last 30 days", hours: 24 * 30 },
] as const;

/** The filters with a preset period chosen at `now`: from that many hours ago, no day range. */
export const withPeriod = (form: AuditFilterForm, period: { label: string; hours: number }, now = Date.now()): AuditFilterForm => ({
  ...form,
  from: "",
  to: "",
  period: period.label,
  since: new Date(now - period.hours * 3_600_000).toISOString(),
});

/** The filters with a day typed into the range: the preset period, if any, gives way to it. */
export const withDay = (form: AuditFilterForm, field: "from" | "to", day: string): AuditFilterForm => ({ ...form, [field]: day, period: "", since: "" });

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
 * A preset period applies when no first day is chosen.
 */
export function toAuditFilters(form: AuditFilterForm): TAuditFilters {
  const from = startOfDay(form.from) ?? (form.since && !Number.isNaN(Date.parse(form.since)) ? new Date(form.since).toISOString() : null);
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
