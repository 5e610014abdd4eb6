import { describe, expect, it } from "vitest";
import { auditExportHref, NO_AUDIT_FILTERS, toAuditFilters } from "@/lib/audit-filters";
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

  it("links the CSV export with the same filters", () => {
    expect(auditExportHref({})).toBe("/api/audit-export");
    expect(auditExportHref({ action: "user.disable", actor: "ada smith" })).toBe("/api/audit-export?action=user.disable&actor=ada+smith");
  });
});
