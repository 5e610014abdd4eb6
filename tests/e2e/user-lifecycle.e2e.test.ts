import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

// A user's lifecycle in the browser: create a user with selected workspaces, disable and
// enable, reset a password; each checked over HTTP as the platform embedding Roster would see it.
describe("the user lifecycle pages", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  let ownerCookie: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    ownerCookie = (await seeded.api.signIn(OWNER.username, OWNER.password)).cookie;
    for (const name of ["ops", "prod", "temp"]) expect((await seeded.api.post("workspace.create", { name }, { cookie: ownerCookie })).status).toBe(200);
    expect((await seeded.api.post("group.create", { name: "operators", description: "On call" }, { cookie: ownerCookie })).status).toBe(200);
    for (const username of ["carol", "dave"]) {
      ids[username] = (await seeded.fx.createMember(seeded.organizationId, { username, firstName: username === "carol" ? "Carol" : "Dave", lastName: "Test" })).user.id;
    }
  });
  afterAll(() => server?.stop());

  const asOwner = async (name: string) => {
    const page = await browser.newPage(name);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    return page;
  };
  const check = (userId: string, permission: string, workspace: string) =>
    seeded.api.get("authz.check", { userId, permission, workspace }, { cookie: ownerCookie }).then((r) => r.body.allowed as boolean);
  const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first().waitFor();

  it("creates a user with selected workspaces, showing the server's field errors on the fields", async () => {
    const page = await asOwner("user-create");
    await page.waitForURL(/\/users$/);
    await page.getByRole("button", { name: "Create User" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a user" });
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.getByText("Username must be at least 2 characters").waitFor();
    await dialog.getByText("Password must be at least 8 characters").waitFor();

    // A taken username is the server's 409, shown on the Username field.
    await dialog.getByLabel("Username").fill(OWNER.username);
    await dialog.getByLabel("First name").fill("Bob");
    await dialog.getByLabel("Last name").fill("Builder");
    await dialog.getByLabel("Email").fill("bob@example.test");
    await dialog.getByLabel("Password").fill("min-8-chars");
    await dialog.getByRole("radio", { name: "Selected workspaces" }).click();
    await dialog.getByRole("checkbox", { name: "ops", exact: true }).click();
    await dialog.getByRole("combobox", { name: "Role in ops" }).click();
    await page.getByRole("option", { name: "developer" }).click();
    await dialog.getByRole("checkbox", { name: "prod", exact: true }).click();
    await dialog.getByRole("combobox", { name: "Role in prod" }).click();
    await page.getByRole("option", { name: "operator" }).click();
    await dialog.getByRole("checkbox", { name: "temp", exact: true }).click();
    await dialog.getByRole("checkbox", { name: /^operators/ }).click();
    expect(await dialog.getByRole("combobox", { name: "Role", exact: true }).textContent()).toContain("iewer");
    await screenshot(page, "users-create-dialog");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.getByText("That username is already taken").waitFor();

    // A workspace deleted meanwhile is the server's 400, shown on its row.
    expect((await seeded.api.post("workspace.delete", { workspaceId: "temp" }, { cookie: ownerCookie })).status).toBe(200);
    await dialog.getByLabel("Username").fill("bob");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.getByText('Unknown workspace "temp": create it first').waitFor();
    await screenshot(page, "users-create-dialog-errors", { viewportOnly: true });
    await dialog.getByRole("checkbox", { name: "temp", exact: true }).click();
    await dialog.getByRole("button", { name: "Create user" }).click();
    await toast(page, "User bob created");
    const row = page.getByRole("table", { name: "Users" }).locator("tbody tr").filter({ hasText: "bob@example.test" });
    await row.getByText("operators").waitFor();

    // Dagu's pattern over HTTP: viewer at the top, developer in ops, operator in prod.
    const bob = (await seeded.api.get("user.all", { search: "bob" }, { cookie: ownerCookie })).body[0];
    expect(await check(bob.userId, "workflow:edit", "ops")).toBe(true);
    expect(await check(bob.userId, "workflow:edit", "prod")).toBe(false);
    expect(await check(bob.userId, "workflow:run", "prod")).toBe(true);
    expect(await check(bob.userId, "workflow:run", "default")).toBe(false);

    // The user's page shows the grants and its audit trail.
    await row.getByRole("link", { name: "bob" }).click();
    await page.getByRole("heading", { name: "Bob Builder" }).waitFor();
    const access = page.getByRole("region", { name: "Workspace access" });
    await access.getByText("ops as developer").waitFor();
    await access.getByText("prod as operator").waitFor();
    await page.getByRole("table", { name: "Audit trail of bob" }).getByText("user.create").waitFor();
    await screenshot(page, "user-detail-created");
  });

  it("creates a system user without a password: read-only, but it can be disabled and given API keys", async () => {
    const page = await asOwner("user-system");
    await page.getByRole("button", { name: "Create User" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a user" });
    await dialog.getByLabel("Username").fill("deploy-bot");
    await dialog.getByRole("switch", { name: "System user" }).click();
    expect(await dialog.getByLabel("Password").count()).toBe(0);
    await dialog.getByRole("button", { name: "Create user" }).click();
    await toast(page, "User deploy-bot created (system user)");
    const row = page.getByRole("table", { name: "Users" }).locator("tbody tr").filter({ hasText: "deploy-bot" });
    await row.getByRole("img", { name: "System user" }).waitFor();

    await row.getByRole("link", { name: "deploy-bot" }).click();
    await page.getByLabel("Markers").getByText("System user").waitFor();
    for (const name of ["Edit access", "Reset password", "Sign out everywhere"]) {
      expect(await page.getByRole("button", { name }).count()).toBe(0);
    }
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Disable user" }).waitFor();
    expect(await page.getByRole("menuitem", { name: "Remove user" }).count()).toBe(0);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Create API key" }).click();
    const keyDialog = page.getByRole("dialog", { name: "Create an API key for deploy-bot" });
    await keyDialog.getByLabel("Name").fill("deploys");
    await keyDialog.getByRole("button", { name: "Create key" }).click();
    const created = page.getByRole("dialog", { name: "Copy your new API key" });
    const key = await created.getByRole("textbox", { name: "API key" }).inputValue();
    await created.getByRole("button", { name: "I have stored the key" }).click();
    await page.getByRole("table", { name: "API keys of deploy-bot" }).getByText("deploys").waitFor();
    const me = await seeded.api.get("user.get", {}, { bearer: key });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("deploy-bot");
  });

  it("edits a member's workspace access and groups from the user page", async () => {
    const page = await asOwner("user-edit-access");
    await page.goto(`${server.url}/users/${ids.dave}`);
    await page.getByRole("button", { name: "Edit access" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit the access of dave" });
    await dialog.getByRole("radio", { name: "Selected workspaces" }).click();
    await dialog.getByRole("checkbox", { name: "prod", exact: true }).click();
    await dialog.getByRole("combobox", { name: "Role in prod" }).click();
    await page.getByRole("option", { name: "manager" }).click();
    await dialog.getByRole("checkbox", { name: /^operators/ }).click();
    await screenshot(page, "user-edit-access", { viewportOnly: true });
    await dialog.getByRole("button", { name: "Save access" }).click();
    await toast(page, "Access of dave saved");
    await page.getByRole("region", { name: "Workspace access" }).getByText("prod as manager").waitFor();
    await page.getByRole("region", { name: "Groups" }).getByText("operators").waitFor();
    expect(await check(ids.dave!, "workflow:admin", "prod")).toBe(true);
    expect(await check(ids.dave!, "workflow:admin", "ops")).toBe(false);
  });

  it("disables a user: their live session is refused at once; enabling lets them sign in again", async () => {
    const carol = await seeded.api.signIn("carol", seeded.fx.DEFAULT_PASSWORD);
    expect((await seeded.api.get("user.get", {}, { cookie: carol.cookie })).status).toBe(200);

    const page = await asOwner("user-disable");
    // Nobody disables themselves: the owner's own page offers no such thing.
    await page.goto(`${server.url}/users/${seeded.ownerId}`);
    await page.getByRole("table", { name: "Your sessions" }).getByText("This session").waitFor();
    await screenshot(page, "user-detail-self");
    expect(await page.getByRole("button", { name: "More" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Reset password" }).count()).toBe(0);

    await page.goto(`${server.url}/users/${ids.carol}`);
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Disable user" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Disable carol?" });
    await confirm.getByRole("button", { name: "Disable" }).click();
    await toast(page, "carol disabled; 1 session ended");
    await page.getByLabel("Markers").getByText("Disabled").waitFor();
    await screenshot(page, "user-detail-disabled");

    expect((await seeded.api.get("user.get", {}, { cookie: carol.cookie })).status).toBe(401);
    expect((await seeded.api.signIn("carol", seeded.fx.DEFAULT_PASSWORD)).status).not.toBe(200);

    await page.getByRole("button", { name: "Enable user" }).click();
    await page.getByRole("alertdialog", { name: "Enable carol?" }).getByRole("button", { name: "Enable" }).click();
    await toast(page, "carol enabled");
    await page.getByLabel("Markers").getByText("Disabled").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Disable user" }).waitFor();
    await page.keyboard.press("Escape");
    const again = await seeded.api.signIn("carol", seeded.fx.DEFAULT_PASSWORD);
    expect(again.status).toBe(200);
    expect((await seeded.api.get("user.get", {}, { cookie: again.cookie })).status).toBe(200);
  });

  it("resets a password after typing it twice; the user signs in with it in a fresh browser", async () => {
    const dave = await seeded.api.signIn("dave", seeded.fx.DEFAULT_PASSWORD);
    const page = await asOwner("user-reset-password");
    await page.goto(`${server.url}/users/${ids.dave}`);
    await page.getByRole("button", { name: "Reset password" }).click();
    const dialog = page.getByRole("dialog", { name: "Reset the password of dave" });
    await dialog.getByLabel("New password", { exact: true }).fill("brand-new-pass-1");
    await dialog.getByLabel("Confirm new password").fill("brand-new-pass-2");
    await dialog.getByRole("button", { name: "Reset password" }).click();
    await dialog.getByText("The passwords do not match").waitFor();
    await screenshot(page, "user-reset-password", { viewportOnly: true });
    await dialog.getByLabel("Confirm new password").fill("brand-new-pass-1");
    await dialog.getByRole("button", { name: "Reset password" }).click();
    await toast(page, "Password of dave reset; 1 session ended");

    // Their old session is over, the old password no longer works, the new one does.
    expect((await seeded.api.get("user.get", {}, { cookie: dave.cookie })).status).toBe(401);
    expect((await seeded.api.signIn("dave", seeded.fx.DEFAULT_PASSWORD)).status).not.toBe(200);
    const fresh = await browser.newPage("user-reset-sign-in");
    await signIn(fresh, server.url, "dave", "brand-new-pass-1");
    await fresh.waitForURL(/\/profile$/);
    expect(await fresh.getByTestId("signed-in-user").textContent()).toBe("Dave Test");
    await fresh.context().close();

    // The reset is in dave's audit trail, with no password in it.
    await page.reload();
    const trail = page.getByRole("table", { name: "Audit trail of dave" });
    await trail.getByText("user.resetPassword").waitFor();
    expect(await trail.textContent()).not.toContain("brand-new-pass-1");
  });
});
