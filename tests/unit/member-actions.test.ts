import { describe, expect, it } from "vitest";
import { memberActions, type MemberTarget } from "@/lib/member-actions";
import { ALL_PERMISSIONS } from "@/lib/permissions";
import type { Viewer } from "@/lib/viewer";

const owner: Viewer = { userId: "o", role: "owner", permissions: ALL_PERMISSIONS };
const admin: Viewer = { userId: "a", role: "admin", permissions: ALL_PERMISSIONS };
const member: Viewer = { userId: "m", role: "member", permissions: ["member:read"] };
const target = (patch: Partial<MemberTarget> = {}): MemberTarget => ({ userId: "t", role: "member", system: false, enabled: true, ...patch });

describe("what the Users page offers the viewer", () => {
  it("lets the owner remove, assign permissions and transfer ownership to an ordinary member", () => {
    expect(memberActions(owner, target())).toMatchObject({ remove: true, assignPermissions: true, transferOwnership: true });
  });

  it("hides remove for the owner, yourself, system users, and admins unless the viewer is owner", () => {
    expect(memberActions(admin, target({ role: "owner" })).remove).toBe(false);
    expect(memberActions(admin, target({ userId: "a", role: "admin" })).remove).toBe(false);
    expect(memberActions(admin, target({ system: true })).remove).toBe(false);
    expect(memberActions(admin, target({ role: "admin" })).remove).toBe(false);
    expect(memberActions(owner, target({ role: "admin" })).remove).toBe(true);
    expect(memberActions(admin, target()).remove).toBe(true);
  });

  it("gives admins and readers no owner actions, and readers no remove", () => {
    expect(memberActions(admin, target())).toMatchObject({ assignPermissions: false, transferOwnership: false });
    expect(memberActions(member, target())).toMatchObject({ remove: false, assignPermissions: false, apiKeysScope: null });
  });

  it("never transfers ownership to a disabled member, and shows keys to yourself or apiKey:manage", () => {
    expect(memberActions(owner, target({ enabled: false })).transferOwnership).toBe(false);
    expect(memberActions(member, target({ userId: "m" })).apiKeysScope).toBe("mine");
    expect(memberActions(admin, target()).apiKeysScope).toBe("organization");
  });
});
