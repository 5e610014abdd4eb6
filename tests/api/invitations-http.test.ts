import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDocumentedCurl } from "../support/curl";
import { httpClient, type Credentials } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

// Dokploy's invitation examples, as its documentation prints them (host and ids aside).
const DOKPLOY_HOST = "https://your-dokploy-instance.com";
const GET_INVITATIONS = String.raw`curl -X GET "https://your-dokploy-instance.com/api/user.getInvitations" \
-H "Authorization: Bearer YOUR_TOKEN"`;
const SEND_INVITATION = String.raw`curl -X POST "https://your-dokploy-instance.com/api/user.sendInvitation" \
-H "Content-Type: application/json" \
-H "Authorization: Bearer YOUR_ADMIN_TOKEN" \
-d '{
"invitationId": "inv_123",
"notificationId": "notif_456"
}'`;

const linkIn = (text: string) => text.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/)?.[0];
const tokenOf = (link: string) => link.split("/invitation/")[1]!;

describe("invitations over HTTP, with a real SMTP server", () => {
  let server: RosterServer;
  let sink: SmtpSink;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let organizationId: string;
  let ownerKey: string;
  let providerId: string;
  const bearer = (key: string): Credentials => ({ bearer: key });

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startRoster({ env: { ROSTER_EMAIL_RETRY_DELAY_SECONDS: "1" } });
    api = httpClient(server.url);
    const setup = await api.post("auth.setup", { username: "owner", password: "owner-password", email: "owner@example.test" });
    expect(setup.status).toBe(200);
    organizationId = setup.body.organization.id;
    fx = await fixturesFor(server);
    ownerKey = (await fx.insertApiKey(setup.body.userId, organizationId)).key;
    const provider = await api.post(
      "notification.create",
      { name: "test smtp", host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Acme", fromAddress: "noreply@acme.test", isDefault: true },
      bearer(ownerKey),
    );
    expect(provider.status).toBe(200);
    providerId = provider.body.id;
    expect((await api.post("workspace.create", { name: "prod" }, bearer(ownerKey))).status).toBe(200);
    expect((await api.post("group.create", { name: "ops" }, bearer(ownerKey))).status).toBe(200);
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
    await sink?.stop();
  });

  it("emails the invitation; the link from the message signs a new person up with the invited access", async () => {
    const created = await api.post(
      "invitation.create",
      { emails: ["New.Person@Example.test"], role: "developer", groups: ["ops"], workspaceAccess: { all: false, grants: [{ workspace: "prod", role: "operator" }] }, send: true },
      bearer(ownerKey),
    );
    expect(created.status).toBe(200);
    const [message] = await sink.waitFor(1);
    expect(message!.to).toEqual(["new.person@example.test"]);
    const link = linkIn(message!.text)!;
    expect(link.startsWith(`${server.url}/invitation/`)).toBe(true);

    const lookup = await api.get("invitation.lookup", { token: tokenOf(link) });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ email: "new.person@example.test", status: "pending", hasAccount: false, role: "developer" });
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("new.person@example.test");

    const joined = await api.post("invitation.acceptWithSignUp", { token: tokenOf(link), name: "New Person", username: "newperson", password: "new-person-pw" });
    expect(joined.status).toBe(200);
    const session = await api.signIn("newperson", "new-person-pw");
    expect(session.status).toBe(200);
    const me = await api.get("user.get", {}, bearer(session.token!));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: "new.person@example.test", organization: { id: organizationId }, role: "member" });
    const member = await api.get("user.one", { userId: joined.body.userId }, bearer(ownerKey));
    expect(member.body.workspaceAccess).toMatchObject({ all: false, role: "developer", grants: [{ workspace: "prod", role: "operator" }] });
    expect(member.body.groups.map((g: { name: string }) => g.name)).toEqual(["ops"]);

    const again = await api.post("invitation.acceptWithSignUp", { token: tokenOf(link), name: "Someone", username: "someone", password: "someone-pw-1" });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe("This invitation has already been used");
    const listed = await api.get("invitation.all", { status: "accepted" }, bearer(ownerKey));
    expect(listed.body[0]).toMatchObject({ email: "new.person@example.test", status: "accepted", delivery: { status: "sent", attempts: 1 } });
  });

  it("answers Dokploy's getInvitations and sendInvitation curl lines with real ids", async () => {
    const elsewhere = await fx.createOrganization();
    const person = await fx.createMember(elsewhere.id, { email: "invitee@example.test" });
    const created = await api.post("invitation.create", { emails: ["invitee@example.test"], role: "viewer" }, bearer(ownerKey));
    expect(created.status).toBe(200);
    const invitationId = created.body.invitations[0].invitation.id;
    const personSession = await api.signIn(person.user.username, person.password);

    const own = await runDocumentedCurl(GET_INVITATIONS, { replace: { [DOKPLOY_HOST]: server.url, YOUR_TOKEN: personSession.token! } });
    expect(own.status).toBe(200);
    expect(own.body).toEqual([
      expect.objectContaining({
        id: invitationId,
        email: "invitee@example.test",
        role: "member",
        status: "pending",
        expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        organization: { id: organizationId, name: expect.any(String), createdAt: expect.stringMatching(/Z$/) },
      }),
    ]);

    const before = sink.messages.length;
    const sent = await runDocumentedCurl(SEND_INVITATION, {
      replace: { [DOKPLOY_HOST]: server.url, YOUR_ADMIN_TOKEN: ownerKey, inv_123: invitationId, notif_456: providerId },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ deliveryId: expect.any(String), link: expect.stringContaining(`${server.url}/invitation/`) });
    const messages = await sink.waitFor(before + 1);
    expect(linkIn(messages.at(-1)!.text)).toBe(sent.body.link);

    // Another organization's provider, or an unknown invitation: 404.
    const other = await fx.createMember(elsewhere.id, { role: "owner" });
    const otherKey = (await fx.insertApiKey(other.user.id, elsewhere.id)).key;
    const theirs = await runDocumentedCurl(SEND_INVITATION, {
      replace: { [DOKPLOY_HOST]: server.url, YOUR_ADMIN_TOKEN: otherKey, inv_123: invitationId, notif_456: providerId },
    });
    expect(theirs.status).toBe(404);

    // The person accepts from their account; the invitation is then gone from their list.
    const accepted = await api.post("invitation.accept", { invitationId }, bearer(personSession.token!));
    expect(accepted.status).toBe(200);
    expect((await api.get("user.getInvitations", {}, bearer(personSession.token!))).body).toEqual([]);
  });

  it("answers 401 without credentials, 403 to plain members, 409 for a repeated address, 400 naming a bad field", async () => {
    expect((await api.get("invitation.all")).status).toBe(401);
    const plain = await fx.createMember(organizationId);
    const plainKey = (await fx.insertApiKey(plain.user.id, organizationId)).key;
    expect((await api.post("invitation.create", { emails: ["x@example.test"] }, bearer(plainKey))).status).toBe(403);
    const first = await api.post("invitation.create", { emails: ["twice@example.test"] }, bearer(ownerKey));
    expect(first.status).toBe(200);
    const second = await api.post("invitation.create", { emails: ["TWICE@example.test"] }, bearer(ownerKey));
    expect(second.status).toBe(409);
    expect(second.body.data.fieldErrors["emails.0"][0]).toContain("resend");
    const bad = await api.post("invitation.create", { emails: ["y@example.test"], expiresIn: 60 }, bearer(ownerKey));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.data.fieldErrors)).toEqual(["expiresIn"]);
    expect((await api.get("invitation.lookup", { token: "x".repeat(43) })).status).toBe(404);
  });
});
