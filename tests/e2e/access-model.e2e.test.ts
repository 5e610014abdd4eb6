import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

// One access model, shown one way: a Developer with all workspaces reads "Developer" in the Users
// table and its filter, the user page explains the two levels once, the owner has full access,
// and a group's permissions come grouped by area with counts and a search box. Desktop and phone.
const WIDTHS = [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const;

describe("the access model in the dashboard", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  let groupId: string;

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    groupId = (await seeded.fx.db.group.create({ data: { organizationId: seeded.organizationId, name: "builders", gid: 1001, grants: ["project:create"] } })).id;
  });
  afterAll(() => server?.stop());

  /** How far the page reaches past the screen's right edge, in CSS pixels (0: no sideways scroll). */
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const usersTable = (page: Page) => page.getByRole("table", { name: "Users" });
  /** The text of one row's Access cell, found by the column's header. */
  const accessOf = async (page: Page, username: string) => {
    const headers = await usersTable(page).locator("thead th").allTextContents();
    const row = usersTable(page).locator("tbody tr").filter({ has: page.getByRole("link", { name: username, exact: true }) });
    return row.locator("td").nth(headers.indexOf("Access")).textContent();
  };

  it.each(WIDTHS)("%s: a Developer for all workspaces reads 'Developer' in the table, the filter and the user page", async (name, viewport) => {
    const username = `dev-${name}`;
    const page = await browser.newPage(`access-${name}`, viewport);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/users`);

    await page.getByRole("button", { name: "Create User" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a user" });
    await dialog.getByLabel("Username").fill(username);
    await dialog.getByLabel("Password").fill("a-long-password");
    await dialog.getByRole("combobox", { name: "Role", exact: true }).click();
    await page.getByRole("option", { name: /^developer$/i }).click();
    expect(await dialog.getByRole("radio", { name: "All workspaces" }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.waitFor({ state: "detached" });

    await expect.poll(() => accessOf(page, username)).toBe("Developer");
    expect(await accessOf(page, OWNER.username)).toBe("Owner");
    expect(await overflow(page), "the Users page scrolls sideways").toBeLessThanOrEqual(0);

    await page.getByRole("combobox", { name: "Filter by access" }).click();
    expect(await page.getByRole("option").allTextContents()).toEqual(["Any access", "Owner", "Admin", "Manager", "Developer", "Operator", "Viewer", "Per workspace", "No access"]);
    await page.getByRole("option", { name: "Developer" }).click();
    await expect.poll(() => usersTable(page).getByRole("link", { name: username, exact: true }).count()).toBe(1);
    await expect.poll(() => usersTable(page).getByRole("link", { name: OWNER.username, exact: true }).count()).toBe(0);
    await screenshot(page, `access-users-filtered-${name}`);

    await usersTable(page).getByRole("link", { name: username, exact: true }).click();
    await page.getByLabel("Markers").getByText("Developer", { exact: true }).waitFor();
    await page.getByText("Two levels: the organization role says what someone may manage here").waitFor();
    expect(await page.getByRole("region", { name: "Organization role" }).textContent()).toContain("Member: manages nothing in the organization");
    expect(await page.getByRole("region", { name: "Workspace access" }).textContent()).toContain("All workspaces as developer");
    expect(await page.getByRole("button", { name: "Edit access" }).count()).toBe(1);
    expect(await overflow(page), "the user page scrolls sideways").toBeLessThanOrEqual(0);
    await screenshot(page, `access-user-page-${name}`);

    await page.goto(`${server.url}/users/${seeded.ownerId}`);
    await page.getByLabel("Markers").getByText("Owner", { exact: true }).waitFor();
    expect(await page.getByRole("region", { name: "Workspace access" }).textContent()).toContain("All workspaces, full access");
    expect(await overflow(page), "the owner's page scrolls sideways").toBeLessThanOrEqual(0);
  });

  it.each(WIDTHS)("%s: a group's permissions are grouped by area with counts, and the search box narrows them", async (name, viewport) => {
    const page = await browser.newPage(`access-group-${name}`, viewport);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/users/groups/${groupId}`);
    await page.getByRole("heading", { name: "builders" }).waitFor();

    const permissions = page.getByRole("group", { name: "Permissions" });
    const area = (title: string) => permissions.getByRole("region", { name: title, exact: true });
    const toggle = (title: string) => area(title).getByRole("button", { name: new RegExp(`^${title}`) });
    // Collapsed unless something in them is granted: no wall of checkboxes.
    await toggle("Platform").getByText("1 of 11").waitFor();
    expect(await toggle("Administration").textContent()).toContain("0 of 12");
    expect(await toggle("Workspaces").textContent()).toContain("0 of 4");
    expect(await toggle("Platform").getAttribute("aria-expanded")).toBe("true");
    expect(await toggle("Administration").getAttribute("aria-expanded")).toBe("false");
    expect(await permissions.getByRole("checkbox").count()).toBe(11);
    expect(await permissions.getByRole("checkbox", { name: /project:create/ }).isChecked()).toBe(true);
    await screenshot(page, `access-group-${name}`);

    await toggle("Administration").click();
    await area("Administration").getByRole("checkbox", { name: /audit:read/ }).waitFor();
    await toggle("Administration").click();
    await area("Administration").getByRole("checkbox").first().waitFor({ state: "detached" });

    await permissions.getByRole("searchbox", { name: "Search permissions" }).fill("docker");
    await expect.poll(() => permissions.getByRole("checkbox").count()).toBe(1);
    await permissions.getByRole("checkbox", { name: /docker:access/ }).waitFor();
    expect(await area("Administration").count()).toBe(0);
    await permissions.getByRole("searchbox", { name: "Search permissions" }).fill("nothing-called-this");
    await page.getByText("No permission matches “nothing-called-this”.").waitFor();
    expect(await overflow(page), "the group page scrolls sideways").toBeLessThanOrEqual(0);
    await screenshot(page, `access-group-search-${name}`);
  });
});
