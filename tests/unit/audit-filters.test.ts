import { describe, expect, it } from "vitest";
import { AUDIT_PERIODS, auditExportHref, NO_AUDIT_FILTERS, toAuditFilters, withDay, withPeriod } from "@/lib/audit-filters";
import { ZAuditFilters } from "@/lib/schemas/audit";

describe("the audit log's filters", () => {
  it("leaves out empty boxes", () => {
    expect(toAuditFilters(NO_AUDIT_FILTERS)).toEqual({});
    expect(toAuditFilters({ ...NO_AUDIT_FILTERS, action: " user.create ", actor: "ada" })).toEqual({ action: "user.create", actor: "ada" });
  });

  it("turns a range of days into whole local days: from the start of the first to the end of the last", () => {
    const filters = toAuditFilters({ ...NO_AUDIT_FILTERS, from: "2030-03-01", to: "2030-03-31" });
    expect(filters.from).toBe(new Date(2030, 2, 1).toISOString());
    expect(filters.to).toBe(new Date(2030, 3, 1).toISOString());
    expect(ZAuditFilters.safeParse(filters).success).toBe(true);
    expect(toAuditFilters({ ...NO_AUDIT_FILTERS, from: "not a day" })).toEqual({});
  });

  it("filters from a preset period's start, fixed when chosen; a typed day replaces the preset", () => {
    const now = Date.parse("2030-03-10T12:00:00.000Z");
    const lastWeek = withPeriod({ ...NO_AUDIT_FILTERS, from: "2030-01-01", to: "2030-01-31" }, AUDIT_PERIODS[1], now);
    expect(lastWeek).toMatchObject({ period: "Last 7 days", from: "", to: "" });
    expect(toAuditFilters(lastWeek)).toEqual({ from: "2030-03-03T12:00:00.000Z" });
    expect(toAuditFilters(withPeriod(NO_AUDIT_FILTERS, AUDIT_PERIODS[0], now))).toEqual({ from: "2030-03-09T12:00:00.000Z" });
    const typed = withDay(lastWeek, "from", "2030-03-01");
    expect(typed).toMatchObject({ period: "", since: "", from: "2030-03-01" });
    expect(toAuditFilters(typed).from).toBe(new Date(2030, 2, 1).toISOString());
  });

  it("links the CSV export with the same filters", () => {
    expect(auditExportHref({})).toBe("/api/audit-export");
    expect(auditExportHref({ action: "user.disable", actor: "ada smith" })).toBe("/api/audit-export?action=user.disable&actor=ada+smith");
  });
});
