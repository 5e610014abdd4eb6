import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

describe("the Users pages", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    const { fx, organizationId } = seeded;
    const people = [
      { username: "ada", firstName: "Ada", lastName: "Lovelace", role: "admin" as const },
      { username: "zed", firstName: "Zed", lastName: "Zimmer" },
      { username: "grace", firstName: "Grace", lastName: "Hopper", email: "grace@navy.test" },
      { username: "deploy-bot", firstName: "Deploy", lastName: "Bot", system: true },
      { username: "olduser", firstName: "Old", lastName: "User", banned: true },
    ];
    for (const person of people) ids[person.username] = (await fx.createMember(organizationId, person)).user.id;
    const ada = await fx.db.member.findFirstOrThrow({ where: { userId: ids.ada }, select: { id: true } });
    await fx.db.group.create({
      data: { organizationId, name: "operators", gid: 1001, members: { create: { memberId: ada.id } } },
    });
    // Enough members for a second page of 50.
    for (let i = 0; i < 50; i++) await fx.createMember(organizationId, { username: `filler${String(i).padStart(2, "0")}` });
  });
  afterAll(() => server?.stop());

  const usersTable = (page: import("playwright-core").Page) => page.getByRole("table", { name: "Users" });
  const bodyRows = (page: import("playwright-core").Page) => usersTable(page).locator("tbody tr");

  it("lists members with You and system marks, searches, filters and pages", async () => {
    const page = await browser.newPage("users-list");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.waitForURL(/\/users$/);
    expect(await page.getByRole("navigation", { name: "Sections" }).getByRole("link").allTextContents()).toEqual(["Users", "Workspaces", "API keys", "Audit log", "Metrics", "Organization", "Email settings", "Profile", "API reference"]);

    const ownerRow = bodyRows(page).filter({ hasText: OWNER.email });
    await ownerRow.getByText("You", { exact: true }).waitFor();
    await bodyRows(page).filter({ hasText: "deploy-bot" }).getByRole("img", { name: "System user" }).waitFor();
    await bodyRows(page).filter({ hasText: "ada" }).getByText("operators").waitFor();
    await bodyRows(page).filter({ hasText: "olduser" }).getByText("Disabled").waitFor();
    await page.getByText("Showing 1–50").waitFor();
    await screenshot(page, "users");

    const search = page.getByRole("searchbox", { name: "Search users" });
    await search.fill("navy");
    await expect.poll(() => bodyRows(page).allTextContents()).toEqual([expect.stringContaining("grace@navy.test")]);
    await search.fill("lovelace");
    await expect.poll(() => bodyRows(page).allTextContents()).toEqual([expect.stringContaining("Ada Lovelace")]);
    await search.fill("nobody-is-called-this");
    await page.getByText("No users match these filters").waitFor();
    await search.fill("");

    await page.getByRole("combobox", { name: "Filter by access" }).click();
    await page.getByRole("option", { name: "Admin" }).click();
    await expect.poll(() => bodyRows(page).allTextContents()).toEqual([expect.stringContaining("ada")]);
    await page.getByRole("combobox", { name: "Filter by access" }).click();
    await page.getByRole("option", { name: "Any access" }).click();
    await page.getByRole("combobox", { name: "Filter by status" }).click();
    await page.getByRole("option", { name: "Disabled" }).click();
    await expect.poll(() => bodyRows(page).allTextContents()).toEqual([expect.stringContaining("olduser")]);
    await page.getByRole("combobox", { name: "Filter by status" }).click();
    await page.getByRole("option", { name: "Any status" }).click();

    await page.getByText("Showing 1–50").waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Showing 51–56").waitFor();
    expect(await page.getByRole("button", { name: "Next" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Showing 1–50").waitFor();
  });

  it("lets the owner assign permissions: a flag switched on is still on after a reload", async () => {
    const page = await browser.newPage("users-assign");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.getByRole("link", { name: "zed", exact: true }).click();
    await page.waitForURL(new RegExp(`/users/${ids.zed}$`));
    await page.getByRole("heading", { name: "Zed Zimmer" }).waitFor();

    // The flags come by area, with counts; an area with nothing on starts collapsed.
    const platform = page.getByRole("region", { name: "Platform", exact: true }).getByRole("button", { name: /^Platform/ });
    expect(await platform.textContent()).toContain("0 of 11");
    await platform.click();
    const createProjects = page.getByRole("switch", { name: "Create projects" });
    expect(await createProjects.getAttribute("aria-checked")).toBe("false");
    await createProjects.click();
    await page.getByRole("button", { name: "Save permissions" }).click();
    await page.getByText("Permissions of zed saved").waitFor();

    await page.reload();
    expect(await page.getByRole("switch", { name: "Create projects" }).getAttribute("aria-checked")).toBe("true");
    await page.getByRole("table", { name: "Effective permissions" }).getByRole("row").filter({ hasText: "project:create" }).getByText("Flag canCreateProjects").waitFor();
    await screenshot(page, "user-detail");

    // The owner's own page offers nothing destructive.
    await page.goto(`${server.url}/users/${seeded.ownerId}`);
    await page.getByRole("heading", { name: "Permission flags" }).waitFor();
    await page.getByRole("button", { name: "Edit access" }).waitFor();
    expect(await page.getByRole("button", { name: "More" }).count()).toBe(0);
  });

  it("removes a member after a confirmation, and never offers to remove a system user", async () => {
    const page = await browser.newPage("users-remove");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/users/${ids["deploy-bot"]}`);
    await page.getByRole("heading", { name: "Deploy Bot" }).waitFor();
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Disable user" }).waitFor();
    expect(await page.getByRole("menuitem", { name: "Remove user" }).count()).toBe(0);
    await page.keyboard.press("Escape");

    await page.goto(`${server.url}/users/${ids.grace}`);
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Remove user" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Remove grace?" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("heading", { name: "Grace Hopper" }).waitFor();

    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Remove user" }).click();
    await dialog.getByRole("button", { name: "Remove" }).click();
    await page.waitForURL(/\/users$/);
    await page.getByRole("searchbox", { name: "Search users" }).fill("grace");
    await page.getByText("No users match these filters").waitFor();
  });

  it("shows a plain member a clear 'not allowed' state and no Users or Metrics entry", async () => {
    const page = await browser.newPage("users-member");
    await signIn(page, server.url, "zed", seeded.fx.DEFAULT_PASSWORD);
    await page.waitForURL(/\/profile$/);
    expect(await page.getByRole("navigation", { name: "Sections" }).getByRole("link").allTextContents()).toEqual(["API keys", "Profile", "API reference"]);
    await page.goto(`${server.url}/users`);
    await page.getByText("You are not allowed to see the organization's members").waitFor();
    await page.goto(`${server.url}/users/${ids.ada}`);
    await page.getByText("You are not allowed to see other members").waitFor();
  });

  it("transfers ownership after a confirmation: the old owner becomes an admin", async () => {
    const page = await browser.newPage("users-transfer");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/users/${ids.ada}`);
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Transfer ownership" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Make ada the owner?" });
    await dialog.getByRole("button", { name: "Transfer ownership" }).click();
    await page.getByText("ada is now the owner").waitFor();

    // The viewer is an admin now: the owner's actions are gone, and the shell says so.
    await page.getByRole("button", { name: /Account menu/ }).getByText("admin").waitFor();
    await page.getByRole("heading", { name: "Permission flags" }).waitFor();
    expect(await page.getByRole("button", { name: "More" }).count()).toBe(0);
    const roles = await seeded.fx.db.member.findMany({ where: { userId: { in: [ids.ada!, seeded.ownerId] } }, select: { userId: true, role: true } });
    expect(Object.fromEntries(roles.map((m) => [m.userId === ids.ada ? "ada" : "owner", m.role]))).toEqual({ ada: "owner", owner: "admin" });
  });
});
