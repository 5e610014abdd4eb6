import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

// The Workspaces page, the User Manager's Groups tab and a group's page, and the audit log.
describe("workspaces, groups and the audit log", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  let ownerCookie: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    ownerCookie = (await seeded.api.signIn(OWNER.username, OWNER.password)).cookie;
    for (const [username, firstName] of [["ada", "Ada"], ["zed", "Zed"], ["grace", "Grace"]] as const) {
      ids[username] = (await seeded.fx.createMember(seeded.organizationId, { username, firstName, lastName: "Member" })).user.id;
    }
  });
  afterAll(() => server?.stop());

  const asOwner = async (name: string) => {
    const page = await browser.newPage(name);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    return page;
  };
  const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first().waitFor();

  it("creates, renames and deletes workspaces, saying how many grants a delete removes", async () => {
    const page = await asOwner("workspaces");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Workspaces" }).click();
    await page.waitForURL(/\/workspaces$/);
    await page.getByText("No workspaces yet").waitFor();

    await page.getByRole("button", { name: "Create workspace" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a workspace" });
    await dialog.getByLabel("Name").fill("default");
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await dialog.getByText("is the implicit workspace").waitFor();
    await dialog.getByLabel("Name").fill("ops");
    await dialog.getByLabel("Description").fill("Operations");
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await toast(page, "Workspace ops created");

    // A taken name is the server's 409, on the Name field.
    await page.getByRole("button", { name: "Create workspace" }).click();
    await dialog.getByLabel("Name").fill("ops");
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await dialog.getByText('A workspace named "ops" already exists').waitFor();
    await dialog.getByLabel("Name").fill("staging");
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await toast(page, "Workspace staging created");

    const table = page.getByRole("table", { name: "Workspaces" });
    await table.getByRole("button", { name: "Rename workspace ops" }).click();
    const rename = page.getByRole("dialog", { name: "Rename ops" });
    await rename.getByLabel("Name").fill("operations");
    await rename.getByRole("button", { name: "Save workspace" }).click();
    await table.getByRole("cell", { name: "operations", exact: true }).waitFor();

    // Two grants in staging (a member's, a group's): the confirmation says so.
    const created = await seeded.api.post(
      "user.create",
      { username: "stager", password: "min-8-chars", role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "staging", role: "operator" }] } },
      { cookie: ownerCookie },
    );
    expect(created.status).toBe(200);
    expect((await seeded.api.post("group.create", { name: "stagers", workspaceGrants: [{ workspace: "staging", role: "viewer" }] }, { cookie: ownerCookie })).status).toBe(200);
    await page.reload();
    await table.getByRole("row").filter({ hasText: "staging" }).getByText("1 member grant and 1 group grant").waitFor();
    await screenshot(page, "workspaces");
    await table.getByRole("button", { name: "Delete workspace staging" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete the workspace staging?" });
    await confirm.getByText("This removes 1 member grant and 1 group grant").waitFor();
    await confirm.getByRole("button", { name: "Delete workspace" }).click();
    await toast(page, "Workspace staging deleted");
    await table.getByRole("row").filter({ hasText: "staging" }).waitFor({ state: "detached" });
    const stager = await seeded.api.get("user.one", { userId: created.body.userId }, { cookie: ownerCookie });
    expect(stager.body.workspaceAccess.grants).toEqual([]);
  });

  it("creates a group with members in the Groups tab, sorts and searches it, and shows it in the Users tab", async () => {
    const page = await asOwner("groups-tab");
    await page.getByRole("tab", { name: "Groups" }).click();
    await page.waitForURL(/\/users\?tab=groups$/);
    await page.getByRole("button", { name: "Create group" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a group" });
    await dialog.getByLabel("Name", { exact: true }).fill("qa-team");
    await dialog.getByLabel("Description").fill("Testers");
    for (const username of ["ada", "zed"]) {
      await dialog.getByRole("searchbox", { name: "Find members to add" }).fill(username);
      await dialog.getByRole("button", { name: `Add ${username}` }).click();
    }
    await dialog.getByRole("list", { name: "Chosen members" }).getByText("zed").waitFor();
    await screenshot(page, "groups-create-dialog");
    await dialog.getByRole("button", { name: "Create group" }).click();
    await toast(page, "Group qa-team created");

    const groups = page.getByRole("table", { name: "Groups" });
    const rows = groups.locator("tbody tr");
    const qa = rows.filter({ hasText: "qa-team" });
    expect(await qa.getByRole("cell").nth(2).textContent()).toMatch(/^2\s*\(ada, zed\)/);
    // One more group with a high GID to sort by.
    expect((await seeded.api.post("group.create", { name: "alpha", gid: 5000 }, { cookie: ownerCookie })).status).toBe(200);
    await page.reload();
    await expect.poll(() => rows.locator("td:first-child a").allTextContents()).toEqual(["alpha", "qa-team", "stagers"]);
    await groups.getByRole("button", { name: "Sort by GID" }).click();
    await expect.poll(() => rows.locator("td:first-child a").allTextContents()).toEqual(["stagers", "qa-team", "alpha"]);
    await groups.getByRole("button", { name: "Sort by GID" }).click();
    await expect.poll(() => rows.locator("td:first-child a").allTextContents()).toEqual(["alpha", "qa-team", "stagers"]);
    await groups.getByRole("button", { name: "Sort by Users" }).click();
    await expect.poll(() => rows.locator("td:first-child a").first().textContent()).not.toBe("qa-team");
    await groups.getByRole("button", { name: "Sort by Users" }).click();
    await expect.poll(() => rows.locator("td:first-child a").first().textContent()).toBe("qa-team");
    await screenshot(page, "groups");
    await page.getByRole("searchbox", { name: "Search groups" }).fill("qa");
    await expect.poll(() => rows.locator("td:first-child a").allTextContents()).toEqual(["qa-team"]);
    await page.getByRole("searchbox", { name: "Search groups" }).fill("nothing-like-this");
    await page.getByText("No groups match this search").waitFor();

    await page.getByRole("tab", { name: "Users" }).click();
    await page.waitForURL(/\/users$/);
    await page.getByRole("table", { name: "Users" }).locator("tbody tr").filter({ hasText: "ada@example.test" }).getByText("qa-team").waitFor();
  });

  it("edits a group on its page: members, grants that members inherit, and delete", async () => {
    const page = await asOwner("group-detail");
    await page.goto(`${server.url}/users/groups`);
    await page.waitForURL(/\/users\?tab=groups$/);
    await page.getByRole("link", { name: "qa-team" }).click();
    await page.getByRole("heading", { name: "qa-team" }).waitFor();

    await page.getByRole("searchbox", { name: "Find people to add to qa-team" }).fill("grace");
    // One step: Add puts her in the group at once.
    await page.getByRole("button", { name: "Add grace" }).click();
    await toast(page, "grace added to qa-team");
    const members = page.getByRole("table", { name: "Members of qa-team" });
    await members.getByRole("link", { name: "grace" }).waitFor();
    await members.getByRole("button", { name: "Remove zed from qa-team" }).click();
    await page.getByRole("alertdialog", { name: "Remove zed from qa-team?" }).getByRole("button", { name: "Remove from group" }).click();
    await members.getByRole("link", { name: "zed" }).waitFor({ state: "detached" });

    // Permissions come by area, collapsed while nothing in them is granted.
    await page.getByRole("region", { name: "Platform", exact: true }).getByRole("button", { name: /^Platform/ }).click();
    await page.getByRole("checkbox", { name: /project:create/ }).click();
    await page.getByRole("combobox", { name: "Role in every workspace" }).click();
    await page.getByRole("option", { name: "developer" }).click();
    await page.getByRole("button", { name: "Save grants" }).click();
    await toast(page, "Grants of qa-team saved");
    await screenshot(page, "group-detail");
    const check = await seeded.api.get("authz.check", { userId: ids.grace!, permission: "project:create" }, { cookie: ownerCookie });
    expect(check.body).toMatchObject({ allowed: true, sources: [{ kind: "group", groupName: "qa-team" }] });

    await page.getByLabel("Name", { exact: true }).fill("quality");
    await page.getByRole("button", { name: "Save name and description" }).click();
    await page.getByRole("heading", { name: "quality" }).waitFor();

    await page.getByRole("button", { name: "Delete group" }).click();
    await page.getByRole("alertdialog", { name: "Delete the group quality?" }).getByRole("button", { name: "Delete group" }).click();
    await page.waitForURL(/\/users\?tab=groups$/);
    await page.getByRole("table", { name: "Groups" }).getByRole("link", { name: "alpha" }).waitFor();
    expect(await page.getByRole("table", { name: "Groups" }).getByRole("link", { name: "quality" }).count()).toBe(0);
    const after = await seeded.api.get("authz.check", { userId: ids.grace!, permission: "project:create" }, { cookie: ownerCookie });
    expect(after.body.allowed).toBe(false);
  });

  it("filters the audit log, pages it, links the CSV export, and shows the chain verification", async () => {
    const page = await asOwner("audit-log");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Audit log" }).click();
    await page.waitForURL(/\/audit$/);
    // The quick check of the latest events answers at once; the whole chain is verified by the
    // server's background worker when asked, with its outcome kept.
    const chain = page.getByRole("region", { name: "Chain verification" });
    await chain.getByText(/Quick check just now: all \d+ events check out/).waitFor();
    await chain.getByText("The whole chain has not been verified yet").waitFor();
    await chain.getByRole("button", { name: "Verify the whole chain" }).click();
    await chain.getByText(/Chain intact: all \d+ events verified/).waitFor();
    const rows = page.getByRole("table", { name: "Audit events" }).locator("tbody tr");

    const action = page.getByLabel("Action", { exact: true });
    await action.click();
    await page.getByRole("option", { name: "group.create", exact: true }).click();
    await expect.poll(() => rows.locator("td:nth-child(3)").allTextContents()).toEqual(["group.create", "group.create", "group.create"]);
    await rows.filter({ hasText: "qa-team" }).getByText("Testers").waitFor();
    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    expect(href).toBe("/api/audit-export?action=group.create");
    const csv = await (await fetch(`${server.url}${href}`, { headers: { cookie: ownerCookie } })).text();
    const lines = csv.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((line) => line.includes(`,"group.create",`))).toBe(true);

    await action.click();
    await page.getByRole("option", { name: "Any action" }).click();
    await page.getByLabel("Target", { exact: true }).fill("quality");
    await expect.poll(() => rows.locator("td:nth-child(3)").allTextContents()).toEqual(["group.delete", "group.rename"]);
    await page.getByLabel("Target", { exact: true }).fill("");
    const actor = page.getByLabel("Actor", { exact: true });
    await actor.fill("nobody");
    await page.getByText("No events match these filters").waitFor();

    // More than a page of the owner's events: "Load more" fetches the next keyset page.
    for (let i = 0; i < 45; i++) await seeded.api.post("workspace.create", { name: `ws-${i}` }, { cookie: ownerCookie });
    await actor.fill(OWNER.username);
    await page.getByText("50 events shown, more to load").waitFor();
    await screenshot(page, "audit-log");
    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(50);
    await page.getByText(/^\d+ events shown$/).waitFor();

    // Tampering with a stored event shows as the first broken link.
    const { seq } = await seeded.fx.db.auditEvent.findFirstOrThrow({
      where: { organizationId: seeded.organizationId, action: "group.delete" },
      select: { seq: true },
    });
    await seeded.fx.db.$executeRaw`UPDATE audit_event SET "actorName" = 'someone-else' WHERE "organizationId" = ${seeded.organizationId} AND seq = ${seq}`;
    await chain.getByRole("button", { name: "Verify the whole chain" }).click();
    await chain.getByText(`Chain broken at event #${seq}`).waitFor();
    await chain.getByRole("status").getByText("Its contents do not match its seal: the event was altered").waitFor();
    await chain.getByText(`Quick check just now: broken at event #${seq}`).waitFor();
    await screenshot(page, "audit-log-broken", { viewportOnly: true });
  });
});
