import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BURST, distinct, expectOutcome, identical } from "../support/bursts";
import { startBusyOrganization, type BusyOrganization } from "../support/busy-organization";

// Twenty parallel writes through Dagu's and Conductor's paths in one organization, as those systems'
// scripts send them: the same outcome rules as Roster's own procedures (one success and a meaningful
// 4xx for a duplicate, one event per real change, never a 5xx), in those systems' error shapes.

const total = (events: Record<string, number>) => Object.values(events).reduce((a, b) => a + b, 0);

describe(`${BURST} parallel writes through Dagu's and Conductor's paths in one organization`, () => {
  let org: BusyOrganization;
  let conductor: Record<string, string>;
  beforeAll(async () => {
    org = await startBusyOrganization();
    conductor = { "x-authorization": org.key };
  });
  afterAll(() => org?.stop());

  describe("Dagu", () => {
    const user = (username: string) => ({ username, password: "dagu-password-1", role: "developer", workspaceAccess: { all: true } });

    it("POST /api/v1/users: distinct usernames all 201; one username twenty times is 201 once, then already_exists", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => ({ method: "POST", path: "/v1/users", body: user(`dagu${i}`) }))));
        const same = await org.fire(identical({ method: "POST", path: "/v1/users", body: user("dagu-same") }));
        expectOutcome(same, { ok: 1, refusals: [409] });
        for (const r of same.filter((x) => x.status === 409)) expect(r.body).toMatchObject({ code: "already_exists", message: expect.any(String) });
      });
      expect(total(events)).toBe(BURST + 1);
    });

    it("PATCH, reset-password and DELETE /api/v1/users/{id}: twenty identical calls change once; a deleted user is not_found after", async () => {
      const [member] = await org.members(1, "daguedit");
      const path = `/v1/users/${member!.user.id}`;
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(identical({ method: "PATCH", path, body: { role: "operator", isDisabled: true } })));
        expectOutcome(await org.fire(identical({ method: "POST", path: `${path}/reset-password`, body: { newPassword: "reset-password-1" } })));
        const deleted = await org.fire(identical({ method: "DELETE", path }));
        expectOutcome(deleted, { ok: 1, refusals: [404] });
        for (const r of deleted.filter((x) => x.status === 404)) expect(r.body).toMatchObject({ code: "not_found" });
      });
      expect(events).toMatchObject({ "user.updateMember": 1, "user.disable": 1, "user.remove": 1 });
    });

    it("POST /api/v1/auth/change-password twenty times at once: never a 5xx, and the new password is the one that works (for a username with a dash)", async () => {
      const { user } = await org.fx.createMember(org.organizationId, { username: "dagu-self", password: "old-password-1" });
      const { key } = await org.fx.insertApiKey(user.id, org.organizationId);
      const body = { currentPassword: "old-password-1", newPassword: "new-password-1" };
      const results = await org.fire(identical({ method: "POST", path: "/v1/auth/change-password", body, headers: { authorization: `Bearer ${key}` } }));
      // Calls that checked the old password after the first change committed are told it is wrong
      // (and, past the account's limit, to wait).
      expectOutcome(results, { ok: results.filter((r) => r.status === 200).length, refusals: [401, 429] });
      expect(results.some((r) => r.status === 200)).toBe(true);
      const login = await org.fire([{ method: "POST", path: "/v1/auth/login", body: { username: "dagu-self", password: "new-password-1" }, headers: {} }]);
      expect(login[0]!.status).toBe(200);
    });
  });

  describe("Conductor", () => {
    it("PUT /api/users/{email}: distinct emails all succeed; one email twenty times all succeed, creating one account", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => ({ method: "PUT", path: `/users/cond${i}@example.test`, body: { name: `Cond ${i}`, roles: ["USER"] }, headers: conductor }))));
        expectOutcome(await org.fire(identical({ method: "PUT", path: "/users/cond-same@example.test", body: { name: "Same", roles: ["USER_READ_ONLY"] }, headers: conductor })));
      });
      expect(total(events)).toBe(BURST + 1);
    });

    it("PUT /api/groups/{name}: distinct names all succeed; one name twenty times all succeed, creating one group", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => ({ method: "PUT", path: `/groups/cg${i}`, body: { description: "made", roles: ["USER"] }, headers: conductor }))));
        expectOutcome(await org.fire(identical({ method: "PUT", path: "/groups/cg-same", body: { description: "once", roles: ["USER"] }, headers: conductor })));
      });
      expect(total(events)).toBe(BURST + 1);
    });

    it("POST and DELETE /api/groups/{name}/users/{email}: one user twenty times is one event each; twenty users at once are twenty", async () => {
      const path = "/groups/cg-same/users/cond0@example.test";
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(identical({ method: "POST", path, headers: conductor })));
        expectOutcome(await org.fire(identical({ method: "DELETE", path, headers: conductor })));
        expectOutcome(await org.fire(distinct((i) => ({ method: "POST", path: `/groups/cg0/users/cond${i}@example.test`, headers: conductor }))));
      });
      expect(events).toEqual({ "group.addUsers": BURST + 1, "group.removeUsers": 1 });
    });

    it("DELETE /api/users/{email} and /api/groups/{name}: twenty at once all go; one twenty times goes once, then 404", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => ({ method: "DELETE", path: `/users/cond${i}@example.test`, headers: conductor }))));
        expectOutcome(await org.fire(identical({ method: "DELETE", path: "/users/cond-same@example.test", headers: conductor })), { ok: 1, refusals: [404] });
        expectOutcome(await org.fire(distinct((i) => ({ method: "DELETE", path: `/groups/cg${i}`, headers: conductor }))));
        const same = await org.fire(identical({ method: "DELETE", path: "/groups/cg-same", headers: conductor }));
        expectOutcome(same, { ok: 1, refusals: [404] });
        for (const r of same.filter((x) => x.status === 404)) expect(r.body).toMatchObject({ status: 404, message: expect.any(String) });
      });
      expect(events).toEqual({ "user.remove": BURST + 1, "group.delete": BURST + 1 });
    });
  });

  it("leaves the audit chain valid, with no gap", async () => {
    await org.expectChainValid();
  });
});
