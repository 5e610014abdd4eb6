import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Credentials, type HttpResult } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Every user.* procedure × every kind of caller → the designed HTTP status (DESIGN.md, "Who is
// calling"): 401 not signed in or a refused credential, 403 signed in but not allowed, 404 a row of
// another organization (never 403), 200 allowed. Each cell is a real request with a Bearer API key.
//
// The callers, all API keys of organization A except the last two:
//   owner, admin, member   — full keys of A's owner, an admin and a plain member
//   disabled               — the key of an admin of A whose account is disabled (banned)
//   expired                — an admin's key that expired yesterday
//   narrowed               — the owner's key narrowed to ["member:read"] (a read-only key)
//   otherAdmin             — the key of an admin of organization B; targets are A's rows
//   none                   — no credentials
const CALLERS = ["owner", "admin", "member", "disabled", "expired", "narrowed", "otherAdmin", "none"] as const;
type Caller = (typeof CALLERS)[number];

// prettier-ignore
const MATRIX: [procedure: string, statuses: [number, number, number, number, number, number, number, number]][] = [
  //                                                       owner admin member disabled expired narrowed otherAdmin none
  ["user.all",                                             [200,  200,  403,   401,     401,    200,     200,       401]],
  ["user.one (another member of A)",                       [200,  200,  403,   401,     401,    200,     404,       401]],
  ["user.one (themselves)",                                [200,  200,  200,   401,     401,    200,     200,       401]],
  ["user.get",                                             [200,  200,  200,   401,     401,    200,     200,       401]],
  ["user.update (themselves)",                             [200,  200,  200,   401,     401,    403,     200,       401]],
  ["user.remove (a member of A)",                          [200,  200,  403,   401,     401,    403,     404,       401]],
  ["user.remove (an admin of A)",                          [200,  403,  403,   401,     401,    403,     404,       401]],
  ["user.remove (A's owner)",                              [403,  403,  403,   401,     401,    403,     404,       401]],
  ["user.assignPermissions (a member of A)",               [200,  403,  403,   401,     401,    403,     404,       401]],
  ["user.createApiKey (by an API key)",                    [200,  200,  200,   401,     401,    403,     403,       401]],
  ["user.deleteApiKey (another member's key in A)",        [200,  200,  403,   401,     401,    403,     404,       401]],
  ["user.deleteApiKey (their own key)",                    [200,  200,  200,   401,     401,    403,     200,       401]],
  ["user.listApiKeys (their own)",                         [200,  200,  200,   401,     401,    200,     200,       401]],
  ["user.listApiKeys (the organization's)",                [200,  200,  403,   401,     401,    403,     200,       401]],
  ["user.checkUserOrganizations (another member of A)",    [200,  200,  403,   401,     401,    200,     404,       401]],
  ["user.checkUserOrganizations (themselves)",             [200,  200,  200,   401,     401,    200,     200,       401]],
  ["user.getMetricsToken",                                 [200,  200,  403,   401,     401,    403,     200,       401]],
  ["user.rotateMetricsToken",                              [200,  200,  403,   401,     401,    403,     200,       401]],
  ["user.count",                                           [200,  200,  403,   401,     401,    200,     200,       401]],
  ["user.settings",                                        [200,  200,  200,   401,     401,    200,     200,       401]],
  ["user.updateSettings",                                  [200,  200,  403,   401,     401,    403,     200,       401]],
];

// user.createApiKey by a person: the same procedure through session tokens as Bearer, for an
// organization A key (metadata.organizationId = A). (Keys above: only unrestricted ones may mint.)
// prettier-ignore
const CREATE_KEY_BY_SESSION: Record<"owner" | "admin" | "member" | "disabled" | "otherAdmin" | "none", number> = {
  owner: 200, admin: 200, member: 200, disabled: 401, otherAdmin: 403, none: 401,
};

type Person = Awaited<ReturnType<Fixtures["createMember"]>>;

describe("authorization matrix of the user.* procedures", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let orgA: string;
  let orgB: string;
  const people = {} as Record<Exclude<Caller, "expired" | "narrowed" | "none">, Person>;
  const credentials = {} as Record<Caller, Credentials>;
  /** The user each caller acts as (the targets of "themselves"). */
  const actingAs = {} as Record<Caller, Person | null>;
  let bystander: Person; // a member of A whose rows are read, never destroyed

  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    fx = await fixturesFor(server);
    orgA = (await fx.createOrganization()).id;
    orgB = (await fx.createOrganization()).id;
    people.owner = await fx.createMember(orgA, { role: "owner" });
    people.admin = await fx.createMember(orgA, { role: "admin" });
    people.member = await fx.createMember(orgA, { role: "member" });
    people.disabled = await fx.createMember(orgA, { role: "admin", banned: true });
    people.otherAdmin = await fx.createMember(orgB, { role: "admin" });
    await fx.createMember(orgB, { role: "owner" });
    bystander = await fx.createMember(orgA);

    const key = async (person: Person, organizationId: string, options: Parameters<Fixtures["insertApiKey"]>[2] = {}) =>
      ({ bearer: (await fx.insertApiKey(person.user.id, organizationId, options)).key }) satisfies Credentials;
    credentials.owner = await key(people.owner, orgA);
    credentials.admin = await key(people.admin, orgA);
    credentials.member = await key(people.member, orgA);
    credentials.disabled = await key(people.disabled, orgA);
    credentials.expired = await key(people.admin, orgA, { expiresAt: new Date(Date.now() - 86_400_000) });
    credentials.narrowed = await key(people.owner, orgA, { permissions: ["member:read"] });
    credentials.otherAdmin = await key(people.otherAdmin, orgB);
    credentials.none = {};
    Object.assign(actingAs, { ...people, expired: people.admin, narrowed: people.owner, none: null });
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  /** A user id for "themselves" rows; callers without a user ask about a real member of A. */
  const self = (caller: Caller) => (actingAs[caller] ?? bystander).user.id;
  const selfOrg = (caller: Caller) => (caller === "otherAdmin" ? orgB : orgA);

  // One request per cell. Targets a call would destroy are created fresh for that cell.
  const CALLS: Record<string, (caller: Caller, c: Credentials) => Promise<HttpResult>> = {
    "user.all": (_, c) => api.get("user.all", {}, c),
    "user.one (another member of A)": (_, c) => api.get("user.one", { userId: bystander.user.id }, c),
    "user.one (themselves)": (caller, c) => api.get("user.one", { userId: self(caller) }, c),
    "user.get": (_, c) => api.get("user.get", {}, c),
    "user.update (themselves)": (_, c) => api.post("user.update", { firstName: "Matrix" }, c),
    "user.remove (a member of A)": async (_, c) => api.post("user.remove", { userId: (await fx.createMember(orgA)).user.id }, c),
    "user.remove (an admin of A)": async (_, c) => api.post("user.remove", { userId: (await fx.createMember(orgA, { role: "admin" })).user.id }, c),
    "user.remove (A's owner)": (_, c) => api.post("user.remove", { userId: people.owner.user.id }, c),
    "user.assignPermissions (a member of A)": async (_, c) =>
      api.post("user.assignPermissions", { id: (await fx.createMember(orgA)).user.id, canCreateProjects: true }, c),
    "user.createApiKey (by an API key)": (_, c) => api.post("user.createApiKey", { name: "matrix", metadata: { organizationId: orgA } }, c),
    "user.deleteApiKey (another member's key in A)": async (_, c) =>
      api.post("user.deleteApiKey", { apiKeyId: (await fx.insertApiKey(bystander.user.id, orgA)).id }, c),
    "user.deleteApiKey (their own key)": async (caller, c) =>
      api.post("user.deleteApiKey", { apiKeyId: (await fx.insertApiKey(self(caller), selfOrg(caller))).id }, c),
    "user.listApiKeys (their own)": (_, c) => api.get("user.listApiKeys", {}, c),
    "user.listApiKeys (the organization's)": (_, c) => api.get("user.listApiKeys", { scope: "organization" }, c),
    "user.checkUserOrganizations (another member of A)": (_, c) => api.get("user.checkUserOrganizations", { userId: bystander.user.id }, c),
    "user.checkUserOrganizations (themselves)": (caller, c) => api.get("user.checkUserOrganizations", { userId: self(caller) }, c),
    "user.getMetricsToken": (_, c) => api.get("user.getMetricsToken", {}, c),
    "user.rotateMetricsToken": (_, c) => api.post("user.rotateMetricsToken", {}, c),
    "user.count": (_, c) => api.get("user.count", {}, c),
    "user.settings": (_, c) => api.get("user.settings", {}, c),
    "user.updateSettings": (_, c) => api.post("user.updateSettings", { requireGroup: false }, c),
  };

  it("has a call for every row", () => {
    expect(Object.keys(CALLS).sort()).toEqual(MATRIX.map(([procedure]) => procedure).sort());
  });

  const cells = MATRIX.flatMap(([procedure, statuses]) => CALLERS.map((caller, i) => [procedure, caller, statuses[i]!] as const));
  it.each(cells)("%s as %s → %i", async (procedure, caller, expected) => {
    const res = await CALLS[procedure]!(caller, credentials[caller]);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    if (expected !== 200) expect(res.body).toMatchObject({ message: expect.any(String) });
  });

  it.each(Object.entries(CREATE_KEY_BY_SESSION))("user.createApiKey through a session token as %s → %i", async (caller, expected) => {
    const person = caller === "none" ? null : people[caller as keyof typeof people];
    const c: Credentials = person ? { bearer: (await fx.insertSession(person.user.id, selfOrg(caller as Caller))).token } : {};
    const res = await api.post("user.createApiKey", { name: "matrix", metadata: { organizationId: orgA } }, c);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
  });

  it("answers another organization's admin with its own organization only, never A's rows", async () => {
    const all = await api.get("user.all", {}, credentials.otherAdmin);
    const ids = all.body.map((m: any) => m.userId);
    expect(ids).toContain(people.otherAdmin.user.id);
    for (const person of [people.owner, people.admin, people.member, bystander]) expect(ids).not.toContain(person.user.id);
    const keys = await api.get("user.listApiKeys", { scope: "organization" }, credentials.otherAdmin);
    expect(keys.body.every((k: any) => k.organizationId === orgB)).toBe(true);
    const mine = await api.get("user.getMetricsToken", {}, credentials.otherAdmin);
    const theirs = await api.get("user.getMetricsToken", {}, credentials.admin);
    expect(mine.body.metricsConfig.server.token).not.toBe(theirs.body.metricsConfig.server.token);
  });

  it("says why a key is refused", async () => {
    expect((await api.get("user.get", {}, credentials.expired)).body.message).toMatch(/expired/);
    expect((await api.get("user.get", {}, credentials.disabled)).body.message).toMatch(/disabled/);
    expect((await api.get("user.get", {}, credentials.none)).body.message).toMatch(/Sign in/);
  });

  it("left exactly one owner of A, untouched", async () => {
    const owners = await fx.db.member.findMany({ where: { organizationId: orgA, role: "owner" }, select: { userId: true } });
    expect(owners).toEqual([{ userId: people.owner.user.id }]);
  });
});
