// Words for an audit event's before/after, as the audit log shows them: one line per changed
// field, values in plain text ("ops as developer", "yes", "none") rather than raw JSON.

import { readableAddress } from "./readable-address";

export type AuditChangeLine = { field: string; before?: string; after?: string };

type Change = Record<string, unknown> | null;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** A value in words: lists joined, workspace grants as "ops as developer", nothing as "none". */
export function describeAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(describeAuditValue).join(", ");
  if (isRecord(value)) {
    if (typeof value.workspace === "string" && typeof value.role === "string") return `${value.workspace} as ${value.role}`;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${describeAuditValue(v)}`)
      .join("; ");
  }
  return String(value);
}

const ADDRESS_FIELDS = new Set(["ip", "ipAddress"]);

/** A field's value in words; addresses as people write them. */
const describeField = (field: string, value: unknown) =>
  ADDRESS_FIELDS.has(field) && typeof value === "string" ? readableAddress(value) : describeAuditValue(value);

const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * The fields an event touched, by name, with their old and new values. A creation (nothing
 * before) lists only what was set: an empty description or no groups would be noise.
 */
export function describeAuditChange(before: Change, after: Change): AuditChangeLine[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((field) => before !== null || !isEmpty(after?.[field]))
    .sort((a, b) => a.localeCompare(b));
  return fields.map((field) => ({
    field,
    ...(before && field in before ? { before: describeField(field, before[field]) } : {}),
    ...(after && field in after ? { after: describeField(field, after[field]) } : {}),
  }));
}
