import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ZConductorError, ZConductorGroup, ZConductorUser } from "@/lib/schemas/conductor";
import { runDocumentedCurl } from "../support/curl";
import { httpClient, sendRequest } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Conductor's users API curl lines, byte for byte but for the host and the token placeholder,
// against a running Roster with `X-Authorization`, and the rest of Conductor's users and groups
// API: shapes checked field by field, Conductor's permission names, authorization and tenancy,
// malformed input answered in Conductor's error shape.

const PLACEHOLDER_HOST = "https://<YOUR-SERVER-URL>";

const CREATE_USER = String.raw`curl -X 'PUT' \
'https://<YOUR-SERVER-URL>/api/users/user%40example.com' \
-H 'accept: application/json' \
-H 'X-Authorization: <TOKEN>' \
-H 'Content-Type: application/json' \
-d '{
"name": "John Doe",
"roles": [
"ADMIN"
]
}'`;

const UPDATE_USER = String.raw`curl -X 'PUT' \
'https://<YOUR-SERVER-URL>/api/users/user%40example.com' \
-H 'accept: application/json' \
-H 'X-Authorization: <TOKEN>' \
-H 'Content-Type: application/json' \
-d '{
"name": "John Doe",
"roles": [
"ADMIN"
],
"groups": [
"TechWriters"
]

}'`;

/** Conductor's ADMIN role as its API lists it. */
const ADMIN_PERMISSIONS = [
  "METADATA_MANAGEMENT",
  "ADMIN_MANAGEMENT",
  "METADATA_VIEW",
  "PERMISSION_MANAGEMENT",
  "USER_MANAGEMENT",
  "EVENT_HANDLER_MANAGEMENT",
  "PROMPT_MANAGEMENT",
  "WORKFLOW_MANAGEMENT",
  "API_GATEWAY_MANAGEMENT",
  "API_GATEWAY_VIEW",
  "PUBLISHER_MANAGEMENT",
  "WORKFLOW_SEARCH",
  "AUTHORIZATION_MANAGEMENT",
  "SCHEDULE_MANAGEMENT",
  "BULK_MANAGEMENT",
  "APPLICATION_MANAGEMENT",
];
const METADATA_MANAGER_PERMISSIONS = ["API_GATEWAY_MANAGEMENT", "CREATE_INTEGRATION", "CREATE_SECRET", "METADATA_VIEW", "METADATA_MANAGEMENT", "API_GATEWAY_VIEW"];

const names = (permissions: { name: string }[]) => permissions.map((p) => p.name).sort();
const roleNames = (roles: { name: string }[]) => roles.map((r) => r.name).sort();

const expectConductorError = (res: { status: number; body: unknown }, status: number) => {
  expect(res.status).toBe(status);
  const body = ZConductorError.strict().parse(res.body);
  expect(body).toMatchObject({ status, instance: expect.any(String), retryable: false });
  expect(body.message.length).toBeGreaterThan(0);
  return body;
};

describe("Conductor's users and groups API under /api", () => {
  let server: RosterServer;
  let fx: Fixtures;
  let key: string;
  let john: z.infer<typeof ZConductorUser>;

  /** A request as Conductor's clients send it: `X-Authorization: <token>` (the administrator's key unless said). */
  const conductor = (method: string, path: string, options: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {}) => {
    const token = options.token === undefined ? key : options.token;
    return sendRequest(`${server.url}/api${path}`, method, {
      body: options.body,
      headers: { accept: "application/json", ...(token ? { "x-authorization": token } : {}), ...options.headers },
    });
  };

  beforeAll(async () => {
    server = await startRoster();
    fx = await fixturesFor(server);
    const api = httpClient(server.url);
    await api.post("auth.setup", { username: "admin", password: "admin-password", email: "admin@example.test" });
    const session = await api.signIn("admin", "admin-password");
    key = (await api.post("user.createApiKey", { name: "conductor scripts" }, { cookie: session.cookie })).body.key;
  });
  afterAll(() => server?.stop());

  it("creates a group by name with PUT /api/groups/{id}, roles expanded to Conductor's permission names", async () => {
    const res = await conductor("PUT", "/groups/TechWriters", { body: { description: "A dedicated group for testing for tech writers", roles: ["METADATA_MANAGER"] } });
    expect(res.status).toBe(200);
    const group = ZConductorGroup.strict().parse(res.body);
    expect(group).toMatchObject({ id: "TechWriters", description: "A dedicated group for testing for tech writers", defaultAccess: {}, contactInformation: {} });
    // Roster's manager covers both of Conductor's manager roles.
    expect(roleNames(group.roles)).toEqual(["METADATA_MANAGER", "WORKFLOW_MANAGER"]);
    expect(names(group.roles.find((r) => r.name === "METADATA_MANAGER")!.permissions)).toEqual([...METADATA_MANAGER_PERMISSIONS].sort());
  });

  it("creates a user with Conductor's first curl line (X-Authorization): ADMIN with its sixteen permissions", async () => {
    const res = await runDocumentedCurl(CREATE_USER, { replace: { [PLACEHOLDER_HOST]: server.url, "<TOKEN>": key } });
    expect(res.status).toBe(200);
    john = ZConductorUser.strict().parse(res.body);
    expect(john).toEqual({
      id: "user@example.com",
      name: "John Doe",
      roles: [{ name: "ADMIN", permissions: ADMIN_PERMISSIONS.map((name) => ({ name })) }],
      groups: [],
      uuid: expect.any(String),
      contactInformation: {},
      applicationUser: false,
      orkesWorkersApp: false,
      orkesApiGateway: false,
      orkesApp: false,
    });
  });

  it("updates the user with Conductor's second curl line: the group comes back expanded; the same call again changes nothing", async () => {
    const res = await runDocumentedCurl(UPDATE_USER, { replace: { [PLACEHOLDER_HOST]: server.url, "<TOKEN>": key } });
    expect(res.status).toBe(200);
    const updated = ZConductorUser.strict().parse(res.body);
    expect(updated.uuid).toBe(john.uuid);
    expect(updated.roles).toEqual(john.roles);
    expect(updated.groups).toHaveLength(1);
    expect(ZConductorGroup.strict().parse(updated.groups[0])).toMatchObject({
      id: "TechWriters",
      description: "A dedicated group for testing for tech writers",
      defaultAccess: {},
      contactInformation: {},
    });
    expect(roleNames(updated.groups[0]!.roles)).toEqual(["METADATA_MANAGER", "WORKFLOW_MANAGER"]);

    const again = await runDocumentedCurl(UPDATE_USER, { replace: { [PLACEHOLDER_HOST]: server.url, "<TOKEN>": key } });
    expect(again.body).toEqual(res.body);
    const events = await httpClient(server.url).get("audit.list", { action: "user.upsert" }, { bearer: key });
    expect(events.body.items).toHaveLength(2);
    john = updated;
  });

  it("gets the user by email and lists every user, in the same shape", async () => {
    const one = await conductor("GET", "/users/user%40example.com");
    expect(one.status).toBe(200);
    expect(ZConductorUser.strict().parse(one.body)).toEqual(john);
    const all = await conductor("GET", "/users");
    expect(all.status).toBe(200);
    const users = z.array(ZConductorUser.strict()).parse(all.body);
    expect(users.map((u) => u.id)).toEqual(["admin@example.test", "user@example.com"]);
    expect(users[0]!.roles.map((r) => r.name)).toEqual(["ADMIN"]);
  });

  it("gives every Conductor role its permission set, mapped onto Roster's roles", async () => {
    const expected = {
      USER: { roles: ["USER"], permissions: ["API_GATEWAY_MANAGEMENT", "API_GATEWAY_VIEW", "CREATE_APPLICATION", "CREATE_INTEGRATION", "CREATE_SECRET", "CREATE_TASK_DEF", "CREATE_USER_FORM_TEMPLATE", "CREATE_WORKFLOW_DEF", "WORKFLOW_SEARCH"] },
      METADATA_MANAGER: { roles: ["METADATA_MANAGER", "WORKFLOW_MANAGER"], permissions: [...METADATA_MANAGER_PERMISSIONS].sort() },
      WORKFLOW_MANAGER: { roles: ["METADATA_MANAGER", "WORKFLOW_MANAGER"], permissions: ["METADATA_VIEW", "WORKFLOW_MANAGEMENT", "WORKFLOW_SEARCH"] },
      USER_READ_ONLY: { roles: ["USER_READ_ONLY"], permissions: ["API_GATEWAY_VIEW", "METADATA_VIEW", "WORKFLOW_SEARCH"] },
    } as const;
    const api = httpClient(server.url);
    for (const [role, want] of Object.entries(expected)) {
      const email = `role-${role.toLowerCase()}@example.com`;
      const res = await conductor("PUT", `/users/${encodeURIComponent(email)}`, { body: { name: role, roles: [role] } });
      expect(res.status, role).toBe(200);
      const user = ZConductorUser.strict().parse(res.body);
      expect(roleNames(user.roles), role).toEqual(want.roles);
      expect(names(user.roles.find((r) => r.name === role)!.permissions), role).toEqual(want.permissions);
      // The Roster role behind it, as Roster's own API shows it.
      const member = await api.get("user.one", { userId: user.uuid }, { bearer: key });
      expect(member.body.workspaceAccess.role, role).toBe({ USER: "developer", METADATA_MANAGER: "manager", WORKFLOW_MANAGER: "manager", USER_READ_ONLY: "viewer" }[role]);
    }
  });

  it("lists, gets, updates (idempotently) and deletes groups; adds and removes members by email", async () => {
    const list = await conductor("GET", "/groups");
    expect(z.array(ZConductorGroup.strict()).parse(list.body).map((g) => g.id)).toEqual(["TechWriters"]);
    expect(ZConductorGroup.strict().parse((await conductor("GET", "/groups/TechWriters")).body).id).toBe("TechWriters");

    const admins = await conductor("PUT", "/groups/Engineers", { body: { description: "Engineering", roles: ["ADMIN"] } });
    expect(roleNames(ZConductorGroup.strict().parse(admins.body).roles)).toEqual(["ADMIN"]);
    const readers = await conductor("PUT", "/groups/Engineers", { body: { description: "Engineering, read only", roles: ["USER_READ_ONLY"] } });
    expect(readers.body).toMatchObject({ description: "Engineering, read only", roles: [{ name: "USER_READ_ONLY" }] });
    const again = await conductor("PUT", "/groups/Engineers", { body: { description: "Engineering, read only", roles: ["USER_READ_ONLY"] } });
    expect(again.body).toEqual(readers.body);

    // As Conductor's documentation adds a user: POST with an empty form body.
    const added = await runDocumentedCurl(
      String.raw`curl -X 'POST' \
  'https://<YOUR-SERVER-URL>/api/groups/Engineers/users/role-user_read_only%40example.com' \
  -H 'accept: application/json' \
  -H 'X-Authorization: <TOKEN>' \
  -d ''`,
      { replace: { [PLACEHOLDER_HOST]: server.url, "<TOKEN>": key } },
    );
    expect(added).toMatchObject({ status: 200, text: "" });
    const reader = ZConductorUser.parse((await conductor("GET", "/users/role-user_read_only%40example.com")).body);
    expect(reader.groups.map((g) => g.id)).toEqual(["Engineers"]);
    expect((await conductor("DELETE", "/groups/Engineers/users/role-user_read_only%40example.com")).status).toBe(200);
    expect(ZConductorUser.parse((await conductor("GET", "/users/role-user_read_only%40example.com")).body).groups).toEqual([]);

    expectConductorError(await conductor("POST", "/groups/Nobody/users/user%40example.com"), 404);
    expectConductorError(await conductor("POST", "/groups/Engineers/users/nobody%40example.com"), 404);

    const deleted = await conductor("DELETE", "/groups/Engineers");
    expect(deleted).toMatchObject({ status: 200, body: { message: expect.stringContaining("Engineers") } });
    expectConductorError(await conductor("GET", "/groups/Engineers"), 404);
  });

  it("deletes a user by email", async () => {
    const res = await conductor("DELETE", "/users/user%40example.com");
    expect(res).toMatchObject({ status: 200, body: { message: expect.stringContaining("user@example.com") } });
    expectConductorError(await conductor("GET", "/users/user%40example.com"), 404);
    expectConductorError(await conductor("DELETE", "/users/user%40example.com"), 404);
  });

  it("answers 403 to a caller who is not an administrator, and 404 for other organizations' users and groups", async () => {
    const organizationId = (await httpClient(server.url).get("user.get", {}, { bearer: key })).body.organization.id;
    const member = await fx.createMember(organizationId, { role: "member" });
    const memberKey = (await fx.insertApiKey(member.user.id, organizationId)).key;
    expectConductorError(await conductor("PUT", "/users/x%40example.com", { token: memberKey, body: { name: "X", roles: ["USER"] } }), 403);
    expectConductorError(await conductor("GET", "/users", { token: memberKey }), 403);
    expectConductorError(await conductor("GET", "/users/role-user_read_only%40example.com", { token: memberKey }), 403);
    expectConductorError(await conductor("DELETE", "/users/role-user_read_only%40example.com", { token: memberKey }), 403);
    expectConductorError(await conductor("PUT", "/groups/Mine", { token: memberKey, body: { description: "", roles: ["ADMIN"] } }), 403);
    expectConductorError(await conductor("GET", "/groups", { token: memberKey }), 403);
    expectConductorError(await conductor("POST", "/groups/TechWriters/users/role-user_read_only%40example.com", { token: memberKey }), 403);

    const elsewhere = await fx.createOrganization();
    const stranger = await fx.createMember(elsewhere.id, { role: "member", email: "stranger@example.net" });
    const strangerAdmin = await fx.createMember(elsewhere.id, { role: "owner" });
    const theirKey = (await fx.insertApiKey(strangerAdmin.user.id, elsewhere.id)).key;
    expectConductorError(await conductor("GET", "/users/stranger%40example.net"), 404);
    expectConductorError(await conductor("DELETE", "/users/stranger%40example.net"), 404);
    expectConductorError(await conductor("POST", "/groups/TechWriters/users/stranger%40example.net"), 404);
    expectConductorError(await conductor("GET", "/users/role-user_read_only%40example.com", { token: theirKey }), 404);
    expectConductorError(await conductor("GET", "/groups/TechWriters", { token: theirKey }), 404);
    const theirs = z.array(ZConductorUser).parse((await conductor("GET", "/users", { token: theirKey })).body);
    expect(theirs.map((u) => u.uuid).sort()).toEqual([stranger.user.id, strangerAdmin.user.id].sort());
    // Upserting an email that belongs to another organization's account is a conflict, never a takeover.
    const conflict = await conductor("PUT", "/users/stranger%40example.net", { body: { name: "Taken", roles: ["USER"] } });
    expectConductorError(conflict, 409);
  });

  it("answers malformed input on every route with a 400 in Conductor's shape, naming the field", async () => {
    const cases: [string, string, unknown, string][] = [
      ["PUT", "/users/not-an-email", { name: "X", roles: ["USER"] }, "params.id"],
      ["PUT", "/users/x%40example.com", { name: "X", roles: ["ROOT"] }, "body.roles.0"],
      ["PUT", "/users/x%40example.com", { name: "", roles: ["USER"] }, "body.name"],
      ["PUT", "/users/x%40example.com", { name: "X", roles: ["USER"], groups: ["NoSuchGroup"] }, "groups"],
      ["PUT", "/users/x%40example.com", { name: "X", roles: ["USER"], admin: true }, "body.admin"],
      ["PUT", "/groups/bad%20name", { description: "", roles: [] }, "params.id"],
      ["PUT", "/groups/Readers", { description: "", roles: [], defaultAccess: { WORKFLOW_DEF: ["READ"] } }, "body.defaultAccess"],
      ["PUT", "/groups/Readers", { roles: ["USER"] }, "body.description"],
      ["GET", "/users/not-an-email", undefined, "params.id"],
      ["DELETE", "/users/not-an-email", undefined, "params.id"],
      ["GET", `/groups/${"g".repeat(65)}`, undefined, "params.id"],
      ["DELETE", "/groups/bad%20name", undefined, "params.id"],
      ["POST", "/groups/TechWriters/users/not-an-email", undefined, "params.userId"],
      ["DELETE", "/groups/bad%20name/users/x%40example.com", undefined, "params.groupId"],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await conductor(method, path, { body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 400 });
      const error = expectConductorError(res, 400);
      expect(error.validationErrors?.map((e) => e.path), `${method} ${path}`).toContain(field);
    }
    expectConductorError(await conductor("PUT", "/users/x%40example.com", { body: "{not json" }), 400);
    const notJson = await conductor("PUT", "/users/x%40example.com", { body: "name=X", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(notJson.status).toBe(415);
    ZConductorError.parse(notJson.body);
  });

  it("answers unknown paths with 404 and wrong methods with 405 and Allow, in Conductor's shape", async () => {
    expectConductorError(await conductor("GET", "/users/user%40example.com/permissions"), 404);
    expectConductorError(await conductor("GET", "/groups/TechWriters/members/extra"), 404);
    const wrong = await conductor("PATCH", "/users/x%40example.com", { body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, PUT, DELETE, HEAD, OPTIONS");
    ZConductorError.parse(wrong.body);
  });

  it("accepts X-Authorization with a session token too, and refuses a wrong one with 401", async () => {
    const session = await httpClient(server.url).signIn("admin", "admin-password");
    const res = await conductor("GET", "/users", { token: session.token! });
    expect(res.status).toBe(200);
    expectConductorError(await conductor("GET", "/users", { token: "not-a-real-token" }), 401);
    expectConductorError(await conductor("GET", "/users", { token: null }), 401);
    // One place reads credentials: Roster's own procedures take X-Authorization as well.
    const me = await fetch(`${server.url}/api/user.get`, { headers: { "x-authorization": key } });
    expect(me.status).toBe(200);
  });

  it("answers hostile input on every Dagu- and Conductor-compatible operation of the document with a JSON 4xx and a message", async () => {
    const doc = (await httpClient(server.url).get("openapi.json")).body as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: unknown }>>;
    };
    const hostilePaths = ["x".repeat(300), "a\u0000b", "__proto__", "%"];
    const hostileBodies = ['{"__unknown__": 1}', "[]", "null", '{"a":', '{"constructor": {"prototype": 1}}', JSON.stringify({ name: 1, roles: "ADMIN", username: [], password: {} })];
    const failures: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!operation.tags?.some((tag) => tag.endsWith("-compatible"))) continue;
        operations += 1;
        const requests: { url: string; body?: string }[] = hostilePaths
          .filter(() => path.includes("{"))
          .map((value) => ({ url: path.replace(/\{\w+\}/g, encodeURIComponent(value)), body: operation.requestBody ? "{}" : undefined }));
        if (operation.requestBody) {
          for (const body of hostileBodies) requests.push({ url: path.replace(/\{\w+\}/g, encodeURIComponent("someone@example.com")), body });
        }
        for (const request of requests) {
          const res = await fetch(`${server.url}/api${request.url}`, {
            method: method.toUpperCase(),
            headers: { "x-authorization": key, ...(request.body === undefined ? {} : { "content-type": "application/json" }) },
            body: request.body,
          });
          const text = await res.text();
          let message: unknown;
          try {
            message = (JSON.parse(text) as { message?: unknown }).message;
          } catch {
            message = undefined;
          }
          if (res.status < 400 || res.status >= 500 || typeof message !== "string" || !message) {
            failures.push(`${method.toUpperCase()} ${request.url.slice(0, 80)} ${request.body ?? ""} → ${res.status} ${text.slice(0, 120)}`);
          }
        }
      }
    }
    expect(operations).toBeGreaterThanOrEqual(17);
    expect(failures).toEqual([]);
  });

  it("lists the compatible routes in the OpenAPI document under their own tags, with input and output schemas", async () => {
    const doc = (await httpClient(server.url).get("openapi.json")).body;
    expect(doc.tags.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(["Dagu-compatible", "Conductor-compatible"]));
    const put = doc.paths["/users/{id}"].put;
    expect(put.tags).toEqual(["Conductor-compatible"]);
    expect(put.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
    expect(put.requestBody.content["application/json"].schema.properties).toHaveProperty("roles");
    expect(put.responses["200"].content["application/json"].schema.properties).toHaveProperty("orkesApp");
    expect(put.responses["403"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ConductorError" });
    expect(put.security).toContainEqual({ conductorToken: [] });
    const create = doc.paths["/v1/users"].post;
    expect(create.tags).toEqual(["Dagu-compatible"]);
    expect(create.responses["201"].content["application/json"].schema.properties).toHaveProperty("user");
    expect(doc.paths["/v1/users/{userId}"].delete.responses["204"]).toEqual({ description: "Success" });
    expect(doc.paths["/v1/auth/setup"].post.security).toEqual([]);
    expect(doc.components.schemas).toHaveProperty("DaguError");
    expect(doc.paths).toHaveProperty(["/groups/{groupId}/users/{userId}"]);
  });
});
