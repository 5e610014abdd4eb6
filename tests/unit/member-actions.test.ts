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

describe("what the user page offers for sign-in and access", () => {
  it("lets an admin disable, reset and sign out an ordinary member, and enable a disabled one", () => {
    expect(memberActions(admin, target())).toMatchObject({ disable: true, enable: false, resetPassword: true, revokeSessions: true, editAccess: true });
    expect(memberActions(admin, target({ enabled: false }))).toMatchObject({ disable: false, enable: true });
  });

  it("never offers to disable, reset or sign out yourself or the owner", () => {
    for (const viewer of [owner, admin]) {
      const self = memberActions(viewer, target({ userId: viewer.userId, role: viewer.role }));
      expect(self).toMatchObject({ disable: false, enable: false, resetPassword: false, revokeSessions: false, remove: false, ownSessions: true });
    }
    expect(memberActions(admin, target({ role: "owner" }))).toMatchObject({ disable: false, resetPassword: false, revokeSessions: false, editAccess: false });
  });

  it("leaves administrators to the owner", () => {
    expect(memberActions(admin, target({ role: "admin" }))).toMatchObject({ disable: false, resetPassword: false, revokeSessions: false, editAccess: false });
    expect(memberActions(owner, target({ role: "admin" }))).toMatchObject({ disable: true, resetPassword: true, revokeSessions: true, editAccess: true });
  });

  it("keeps system users read-only but lets them be disabled and given keys by administrators", () => {
    const bot = target({ system: true });
    expect(memberActions(admin, bot)).toMatchObject({ disable: true, resetPassword: false, revokeSessions: false, editAccess: false, createSystemKey: true });
    expect(memberActions(admin, target()).createSystemKey).toBe(false);
    expect(memberActions({ ...member, permissions: ["member:read", "member:update"] }, bot).createSystemKey).toBe(false);
  });

  it("does not offer password or sign-in changes for an account shared with another organization", () => {
    const shared = memberActions(admin, target({ organizationCount: 2 }));
    expect(shared).toMatchObject({ disable: false, resetPassword: false, sharedAccount: true, revokeSessions: true, editAccess: true });
    expect(memberActions(admin, target({ organizationCount: 2, enabled: false })).enable).toBe(false);
  });

  it("offers to unlock a locked account on the same terms as a password reset, and only while it is locked", () => {
    const lockedUntil = new Date(Date.now() + 60_000).toISOString();
    expect(memberActions(admin, target({ lockedUntil })).unlock).toBe(true);
    expect(memberActions(admin, target()).unlock).toBe(false);
    expect(memberActions(admin, target({ lockedUntil, role: "admin" })).unlock).toBe(false);
    expect(memberActions(owner, target({ lockedUntil, role: "admin" })).unlock).toBe(true);
    expect(memberActions(admin, target({ lockedUntil, userId: admin.userId, role: "admin" })).unlock).toBe(false);
    expect(memberActions(admin, target({ lockedUntil, organizationCount: 2 })).unlock).toBe(false);
    expect(memberActions(member, target({ lockedUntil })).unlock).toBe(false);
  });

  it("lets you edit your own groups and workspaces but not your role, and hides it all without member:update", () => {
    expect(memberActions(admin, target({ userId: "a", role: "admin" }))).toMatchObject({ editAccess: true, changeRole: false });
    expect(memberActions(owner, target())).toMatchObject({ editAccess: true, changeRole: true });
    expect(memberActions(member, target())).toMatchObject({ disable: false, resetPassword: false, revokeSessions: false, editAccess: false });
  });

  it("shows the audit trail to holders of audit:read only", () => {
    expect(memberActions(admin, target()).auditTrail).toBe(true);
    expect(memberActions(member, target()).auditTrail).toBe(false);
  });
});
