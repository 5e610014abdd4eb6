import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

const linkIn = (text: string) => text.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/)?.[0];

describe("inviting people from the dashboard", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let sink: SmtpSink;
  let seeded: Awaited<ReturnType<typeof withOwner>>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startRoster();
    seeded = await withOwner(server);
    const { fx, organizationId } = seeded;
    await fx.db.emailProvider.create({
      data: { organizationId, name: "test smtp", host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Acme", fromAddress: "noreply@acme.test", isDefault: true },
    });
    await fx.db.workspace.create({ data: { organizationId, name: "prod" } });
    await fx.db.group.create({ data: { organizationId, name: "ops", gid: 1001 } });
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.stop();
  });

  it("invite → the emailed link → sign up → the new member has the invited role, groups and workspaces", async () => {
    const page = await browser.newPage("invite");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/users?tab=invitations`);
    await page.getByText("No invitations yet").waitFor();
    await page.getByRole("button", { name: "Invite people" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite people" });

    // A pasted list is checked row by row before anything is created.
    await dialog.getByLabel("Email addresses").fill(`not-an-address\n${OWNER.email}\nnew.person@example.test`);
    await dialog.getByRole("button", { name: "Check addresses" }).click();
    await dialog.getByText("2 of 3 addresses cannot be invited").waitFor();
    const report = dialog.getByRole("table", { name: "Address check" });
    await report.getByText('"not-an-address" is not a valid email address').waitFor();
    await report.getByText("already a member of this organization").waitFor();
    expect(await seeded.fx.db.invitation.count()).toBe(0);

    await dialog.getByLabel("Email addresses").fill("New.Person@example.test");
    await dialog.getByRole("combobox", { name: "Role", exact: true }).click();
    await page.getByRole("option", { name: /^developer/ }).click();
    await dialog.getByRole("radio", { name: "Selected workspaces" }).click();
    await dialog.getByRole("checkbox", { name: "prod", exact: true }).click();
    await dialog.getByRole("combobox", { name: "Role in prod" }).click();
    await page.getByRole("option", { name: "operator" }).click();
    await dialog.getByRole("checkbox", { name: /^ops/ }).click();
    await dialog.getByRole("button", { name: "Check addresses" }).click();
    await dialog.getByText("The address can be invited. Nothing has been created or sent yet.").waitFor();
    await screenshot(page, "invite-checked", { viewportOnly: true });
    await dialog.getByRole("button", { name: "Invite 1 person" }).click();
    await dialog.getByText("1 invitation created and queued for email").waitFor();
    await dialog.getByRole("button", { name: "Close" }).first().click();

    const row = page.getByRole("table", { name: "Invitations" }).locator("tbody tr").filter({ hasText: "new.person@example.test" });
    await row.getByText("Pending").waitFor();
    const [message] = await sink.waitFor(1);
    const link = linkIn(message!.text)!;
    expect(link).toBeTruthy();

    // The invited person, in their own browser, opens the link from the email and signs up.
    const invitee = await browser.newPage("invite-accept");
    await invitee.goto(link);
    await invitee.getByText("Developer in the default workspace").waitFor();
    await invitee.getByText("Operator in workspace prod").waitFor();
    expect(await invitee.getByLabel("Email").inputValue()).toBe("new.person@example.test");
    await screenshot(invitee, "invitation-accept-page");
    await invitee.getByLabel("Name", { exact: true }).fill("New Person");
    await invitee.getByLabel("Username").fill("newperson");
    await invitee.getByLabel("Password").fill("new-person-password");
    await invitee.getByRole("button", { name: "Create account and join" }).click();
    // Signed in as a member (no member:read): the dashboard opens on their profile.
    await invitee.waitForURL(/\/profile$/);

    // The link is used up: opening it again says so.
    await invitee.goto(link);
    await invitee.getByText("This invitation has already been used.").waitFor();

    // The owner sees the new member with exactly the invited access.
    await page.goto(`${server.url}/users`);
    const member = page.getByRole("table", { name: "Users" }).locator("tbody tr").filter({ hasText: "newperson" });
    await member.getByText("ops").waitFor();
    await member.getByRole("link", { name: "newperson" }).click();
    await page.getByRole("region", { name: "Workspace access" }).getByText("prod as operator").waitFor();
    await page.getByRole("region", { name: "Groups" }).getByText("ops").waitFor();
    await screenshot(page, "invited-member");
    await page.goto(`${server.url}/users?tab=invitations`);
    await page.getByRole("table", { name: "Invitations" }).locator("tbody tr").filter({ hasText: "new.person@example.test" }).getByText("Accepted").waitFor();
  });

  it("an existing account sees its invitation on the dashboard and accepts it", async () => {
    const { fx, api } = seeded;
    const elsewhere = await fx.createOrganization("Elsewhere Inc");
    const person = await fx.createMember(elsewhere.id, { username: "wanderer", email: "wanderer@example.test" });
    const ownerKey = (await fx.insertApiKey(seeded.ownerId, seeded.organizationId)).key;
    expect((await api.post("invitation.create", { emails: ["wanderer@example.test"], role: "viewer" }, { bearer: ownerKey })).status).toBe(200);

    const page = await browser.newPage("own-invitations");
    await signIn(page, server.url, "wanderer", person.password);
    const card = page.getByLabel("Your invitations");
    await card.getByText("invited by").waitFor();
    await screenshot(page, "own-invitations");
    await card.getByRole("button", { name: /^Accept the invitation/ }).click();
    await expect.poll(() => fx.db.member.count({ where: { organizationId: seeded.organizationId, userId: person.user.id } })).toBe(1);
    await expect.poll(() => page.getByLabel("Your invitations").count()).toBe(0);
  });

  it("through a link: someone signed in as another address is told so; the invited account signs in and accepts", async () => {
    const { fx, api } = seeded;
    const elsewhere = await fx.createOrganization("Far Away Ltd");
    const invited = await fx.createMember(elsewhere.id, { username: "linked", email: "linked@example.test" });
    await fx.createMember(elsewhere.id, { username: "stranger", email: "stranger@example.test" });
    const ownerKey = (await fx.insertApiKey(seeded.ownerId, seeded.organizationId)).key;
    const created = await api.post("invitation.create", { emails: ["linked@example.test"], role: "operator" }, { bearer: ownerKey });
    const link: string = created.body.invitations[0].link;

    const page = await browser.newPage("invite-wrong-account");
    await signIn(page, server.url, "stranger", fx.DEFAULT_PASSWORD);
    await page.goto(link);
    await page.getByText("You are signed in as stranger@example.test, but this invitation is for linked@example.test.").waitFor();
    await screenshot(page, "invitation-wrong-account");
    await page.getByRole("button", { name: "Sign out and use another account" }).click();
    await page.getByText("An account with linked@example.test exists. Sign in to accept.").waitFor();
    await page.getByLabel("Password").fill(invited.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Accept and join My organization" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/invitation"));
    await expect.poll(() => fx.db.member.count({ where: { organizationId: seeded.organizationId, userId: invited.user.id } })).toBe(1);
    // The dashboard now shows the organization just joined.
    await page.getByText("My organization").first().waitFor();
  });
});
