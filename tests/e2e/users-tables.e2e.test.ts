import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedMembers } from "../bench/seed-members";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

// The User Manager's tables as people use them: a row opens the person or group, a menu (and a
// right-click) offers what may be done to it, the filters live in the address, the Users tab says
// roughly how many people there are, and Create User and group membership work in few steps.
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Lists refetch over a busy test machine: wait generously for what a person would see. */
const POLL = { timeout: 15_000 };
const WIDTHS = [
  ["desktop", DESKTOP],
  ["390 px", PHONE],
] as const;

describe("the Users and Groups tables", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  const ids: Record<string, string> = {};
  let groupId: string;

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    const { fx, organizationId } = seeded;
    const people = [
      { username: "quentin", firstName: "Quentin", lastName: "Quill" },
      { username: "vera", firstName: "Vera", lastName: "Vale" },
      { username: "wendy", firstName: "Wendy", lastName: "Wolfe" },
      { username: "olga", firstName: "Olga", lastName: "Oak", banned: true },
    ];
    for (const person of people) ids[person.username] = (await fx.createMember(organizationId, person)).user.id;
    // Created with a username only, as Dagu does: a placeholder address and no name of its own.
    const nomail = await fx.createMember(organizationId, { username: "nomail", email: "nomail@users.noreply.invalid" });
    ids.nomail = nomail.user.id;
    groupId = (await fx.db.group.create({ data: { organizationId, name: "operators", gid: 1001 } })).id;
    // A crowd, so the total is an estimate and the list has pages.
    await seedMembers(server.databaseUrl, organizationId, 1200, "crowd");
  });
  afterAll(() => server?.stop());

  const rows = (page: Page) => page.getByRole("table", { name: "Users" }).locator("tbody tr");
  const rowOf = (page: Page, username: string) => rows(page).filter({ has: page.getByRole("link", { name: username, exact: true }) });
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  /** The entries of the open menu, by their visible text. */
  const menuItems = async (page: Page) => (await page.getByRole("menu").getByRole("menuitem").allTextContents()).map((t) => t.trim());
  const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first().waitFor();
  /** The total is fetched by the browser: once it shows, the page answers clicks. */
  const ready = (page: Page) => page.getByText(/people in all/).waitFor();

  async function asOwner(name: string, viewport: { width: number; height: number } = DESKTOP, path = "/users") {
    const page = await browser.newPage(name, viewport);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  for (const [label, viewport] of WIDTHS) {
    it(`at ${label}: a click anywhere on a row, or Enter on it, opens the user; the search is still there on the way back`, async () => {
      const page = await asOwner(`users-row-click-${label}`, viewport);
      await ready(page);
      await page.getByRole("searchbox", { name: "Search users" }).fill("quentin");
      await page.waitForURL(/[?&]q=quentin/);
      await expect.poll(() => rows(page).count(), POLL).toBe(1);
      await rowOf(page, "quentin").getByText("Quill").click();
      await page.waitForURL(new RegExp(`/users/${ids.quentin}$`));
      await page.getByRole("heading", { name: "Quentin Quill" }).waitFor();
      expect(await overflow(page), "the user page scrolls sideways").toBeLessThanOrEqual(0);

      await page.goBack();
      await page.waitForURL(/[?&]q=quentin/);
      expect(await page.getByRole("searchbox", { name: "Search users" }).inputValue()).toBe("quentin");
      await expect.poll(() => rows(page).count(), POLL).toBe(1);
      expect(await overflow(page), "the Users tab scrolls sideways").toBeLessThanOrEqual(0);
      await screenshot(page, `users-tables-search-${label.replace(" ", "")}`);

      await rowOf(page, "quentin").focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`/users/${ids.quentin}$`));
    });

    it(`at ${label}: the row's menu and its right-click menu offer the actions, and Disable works`, async () => {
      // Each width its own person: the desktop run disables vera.
      const who = label === "desktop" ? "vera" : "wendy";
      const page = await asOwner(`users-row-menu-${label}`, viewport, `/users?q=${who}`);
      await ready(page);
      const row = rowOf(page, who);
      const expected = ["View", "Edit access", "Reset password", "Disable", "Remove"];

      await row.getByRole("button", { name: `Actions for ${who}` }).click();
      const dropdown = page.getByRole("menu");
      await expect.poll(() => menuItems(page), POLL).toEqual(expected);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `users-row-menu-${label.replace(" ", "")}`, { viewportOnly: true });
      await page.keyboard.press("Escape");
      await dropdown.waitFor({ state: "detached" });

      await row.locator("td").nth(1).click({ button: "right" });
      const context = page.getByRole("menu");
      await expect.poll(() => menuItems(page), POLL).toEqual(expected);
      if (label === "desktop") {
        await context.getByRole("menuitem", { name: "Disable" }).click();
        const confirm = page.getByRole("alertdialog", { name: "Disable vera?" });
        await confirm.getByRole("button", { name: "Disable" }).click();
        await toast(page, "vera disabled");
        await row.getByText("Disabled").waitFor();
        // Still on the list, filtered as before; and the row now offers Enable instead.
        expect(new URL(page.url()).search).toBe("?q=vera");
        await row.getByRole("button", { name: "Actions for vera" }).click();
        await page.getByRole("menuitem", { name: "Enable" }).waitFor();
        expect(await page.getByRole("menuitem", { name: "Disable" }).count()).toBe(0);
        await page.keyboard.press("Escape");
        const stored = await seeded.fx.db.user.findUniqueOrThrow({ where: { id: ids.vera }, select: { banned: true } });
        expect(stored.banned).toBe(true);
      } else {
        await page.keyboard.press("Escape");
      }
    });
  }

  it("shows a placeholder address as 'no email' and no full name for a username-only user", async () => {
    const page = await asOwner("users-no-email", DESKTOP, "/users?q=nomail");
    await ready(page);
    const cells = rowOf(page, "nomail").locator("td");
    await cells.nth(2).getByText("no email", { exact: true }).waitFor();
    expect(await cells.nth(1).textContent()).toBe("");
    expect(await rowOf(page, "nomail").textContent()).not.toContain("noreply");
    await rowOf(page, "nomail").click();
    await page.getByText("@nomail · no email").waitFor();
    await page.getByRole("definition").filter({ hasText: "no email" }).waitFor();
    expect(await page.getByText("noreply").count()).toBe(0);
  });

  it("keeps the filters and the page in the address: reload, back and forward show the same list", async () => {
    const page = await asOwner("users-filters-url");
    await ready(page);
    await page.getByRole("combobox", { name: "Filter by status" }).click();
    await page.getByRole("option", { name: "Disabled" }).click();
    await page.waitForURL(/[?&]status=disabled/);
    // (The crowd joined earlier, so olga is not on the unfiltered first page: the filter brings her.)
    await expect.poll(() => rows(page).locator("td:first-child a").allTextContents(), POLL).toContain("olga");
    expect(await rows(page).filter({ hasText: "Enabled" }).count()).toBe(0);

    await page.reload();
    await ready(page);
    expect(await page.getByRole("combobox", { name: "Filter by status" }).textContent()).toBe("Disabled");
    await expect.poll(() => rows(page).locator("td:first-child a").allTextContents(), POLL).toContain("olga");
    expect(await rows(page).filter({ hasText: "Enabled" }).count()).toBe(0);

    await page.goBack();
    await page.waitForURL((url) => url.search === "");
    await expect.poll(() => page.getByRole("combobox", { name: "Filter by status" }).textContent(), POLL).toBe("Any status");
    await expect.poll(() => rows(page).filter({ hasText: "Enabled" }).count(), POLL).toBeGreaterThan(0);
    await page.goForward();
    await page.waitForURL(/[?&]status=disabled/);
    await expect.poll(() => page.getByRole("combobox", { name: "Filter by status" }).textContent(), POLL).toBe("Disabled");
    await expect.poll(() => rows(page).filter({ hasText: "Enabled" }).count(), POLL).toBe(0);

    // The page too: the second page of everyone survives a reload and Previous goes back to the first.
    await page.goto(`${server.url}/users`);
    await ready(page);
    await page.getByText("showing 1–50").waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("showing 51–100").waitFor();
    await page.waitForURL(/[?&]after=/);
    await page.reload();
    await page.getByText("showing 51–100").waitFor();
    await page.goBack();
    await page.getByText("showing 1–50").waitFor();
  });

  it("says roughly how many people there are", async () => {
    const page = await asOwner("users-total");
    await page.getByText("About 1,200 people in all").waitFor();
  });

  it("keeps the group search and sort in the address, opens a group from its row and offers Delete in its menus", async () => {
    const page = await asOwner("groups-table", DESKTOP, "/users?tab=groups");
    await page.getByRole("button", { name: "Sort by GID" }).click();
    await page.waitForURL(/[?&]sort=gid/);
    await page.reload();
    expect(await page.getByRole("columnheader").filter({ hasText: "GID" }).getAttribute("aria-sort")).toBe("ascending");
    const row = page.getByRole("table", { name: "Groups" }).locator("tbody tr").filter({ hasText: "operators" });
    await row.click({ button: "right" });
    await expect.poll(() => menuItems(page), POLL).toEqual(["Open and update", "Delete"]);
    await page.keyboard.press("Escape");
    await row.getByText("1001").click();
    await page.waitForURL(new RegExp(`/users/groups/${groupId}$`));
  });

  it("keeps destructive actions in the user page's More menu", async () => {
    const page = await asOwner("user-more-menu", DESKTOP, `/users/${ids.wendy}`);
    await page.getByRole("heading", { name: "Wendy Wolfe" }).waitFor();
    for (const name of ["Remove user", "Disable user", "Transfer ownership"]) expect(await page.getByRole("button", { name }).count()).toBe(0);
    await page.getByRole("button", { name: "More" }).click();
    await expect.poll(() => menuItems(page), POLL).toEqual(["Transfer ownership", "Disable user", "Remove user"]);
    await screenshot(page, "user-more-menu", { viewportOnly: true });
    await page.getByRole("menuitem", { name: "Disable user" }).click();
    await page.getByRole("alertdialog", { name: "Disable wendy?" }).getByRole("button", { name: "Disable" }).click();
    await page.getByLabel("Markers").getByText("Disabled").waitFor();
  });

  for (const [label, viewport] of WIDTHS) {
    it(`at ${label}: Create User asks for groups when the organization requires one`, async () => {
      const username = `newbie${label === "desktop" ? "d" : "p"}`;
      await seeded.fx.db.organization.update({ where: { id: seeded.organizationId }, data: { requireUserGroup: false } });
      const page = await asOwner(`users-create-${label}`, viewport);
      await ready(page);
      await page.getByRole("button", { name: "User settings" }).click();
      const settings = page.getByRole("dialog", { name: "User settings" });
      await settings.getByRole("switch", { name: "Require a group" }).click();
      await toast(page, "New users now need a group");
      await page.keyboard.press("Escape");
      await settings.waitFor({ state: "detached" });

      await page.getByRole("button", { name: "Create User" }).click();
      const dialog = page.getByRole("dialog", { name: "Create a user" });
      // The groups to choose from arrive after the dialog opens: read the form once they are there.
      await dialog.getByRole("checkbox", { name: /^operators/ }).waitFor();
      const labels = await dialog.locator("label, legend").allTextContents();
      const order = ["Username", "First name", "Last name", "Email", "Password", "Groups", "System user", "Role"].map((l) => labels.findIndex((t) => t.startsWith(l)));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      await dialog.getByText("This organization requires every new user to be in at least one group.").waitFor();
      await dialog.getByLabel("Username").fill(username);
      await dialog.getByLabel("First name").fill("New");
      await dialog.getByLabel("Last name").fill("Comer");
      await dialog.getByLabel("Password").fill("newbie-password");
      await dialog.getByRole("button", { name: "Create user" }).click();
      await dialog.getByText("Choose at least one group").waitFor();
      await dialog.getByRole("checkbox", { name: /^operators/ }).click();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `users-create-${label.replace(" ", "")}`, { viewportOnly: true });
      await dialog.getByRole("button", { name: "Create user" }).click();
      await toast(page, `User ${username} created`);
      await page.getByRole("searchbox", { name: "Search users" }).fill(username);
      await rowOf(page, username).getByText("operators").waitFor();
    });
  }

  it("adds a member to a group in one step from the search, marking disabled people", async () => {
    const page = await asOwner("group-add-member", PHONE, `/users/groups/${groupId}`);
    await page.getByRole("heading", { name: "operators" }).waitFor();
    const search = page.getByRole("searchbox", { name: "Find people to add to operators" });
    await search.fill("olga");
    const results = page.getByRole("list", { name: "Search results" });
    await results.getByRole("listitem").filter({ hasText: "olga" }).getByText("disabled", { exact: true }).waitFor();
    await search.fill("quentin");
    await results.getByRole("button", { name: "Add quentin" }).waitFor();
    expect(await results.getByText("disabled", { exact: true }).count()).toBe(0);
    await results.getByRole("button", { name: "Add quentin" }).click();
    await toast(page, "quentin added to operators");
    await page.getByRole("table", { name: "Members of operators" }).getByRole("link", { name: "quentin" }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "group-add-member-390", { viewportOnly: true });
  });
});
