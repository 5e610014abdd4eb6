import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withAdaInOperators, withOwner } from "./dashboard";

// The dashboard on a phone (390 px, an iPhone's width): the sections are reached through a menu
// button, no page scrolls sideways, and a task (creating a user) works end to end.
const PHONE = { width: 390, height: 844 };

describe("the dashboard at a phone's width", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  let adaId: string;
  let groupId: string;

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    ({ adaId, groupId } = await withAdaInOperators(seeded));
  });
  afterAll(() => server?.stop());

  /** How far the page reaches past the screen's right edge, in CSS pixels (0: no sideways scroll). */
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  /** Opens the menu; a click that lands before the page has hydrated is repeated. */
  const openMenu = async (page: Page) => {
    const menu = page.getByRole("dialog", { name: "Menu" });
    for (let attempt = 0; attempt < 10 && !(await menu.isVisible()); attempt++) {
      // Once the menu is open its overlay covers the button: a repeated click gives up quickly.
      await page.getByRole("button", { name: "Open menu" }).click({ timeout: 2_000 }).catch(() => {});
      await menu.waitFor({ timeout: 2_000 }).catch(() => {});
    }
    await menu.waitFor();
    return menu;
  };

  const openSection = async (page: Page, link: string, heading: string) => {
    const menu = await openMenu(page);
    await menu.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: link }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    // The menu closes itself once the section opens.
    await menu.waitFor({ state: "detached" });
    expect(await overflow(page), `${link} scrolls sideways`).toBeLessThanOrEqual(0);
  };

  it("hides the sidebar behind a menu button that reaches every section, with no sideways scrolling", async () => {
    const page = await browser.newPage("phone-sections", PHONE);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await expect.poll(() => page.getByRole("navigation", { name: "Sections" }).isVisible()).toBe(false);

    const menu = await openMenu(page);
    const organization = await seeded.fx.db.organization.findUniqueOrThrow({ where: { id: seeded.organizationId } });
    await menu.getByText(organization.name).waitFor();
    await screenshot(page, "phone-menu", { viewportOnly: true });
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });

    await openSection(page, "Users", "User Manager");
    await screenshot(page, "phone-users");
    await openSection(page, "Workspaces", "Workspaces");
    await openSection(page, "API keys", "API keys");
    await openSection(page, "Audit log", "Audit log");
    await openSection(page, "Metrics", "Metrics");
    await openSection(page, "Profile", "Profile");

    for (const [url, heading] of [[`/users/${adaId}`, "Ada Lovelace"], [`/users/groups/${groupId}`, "operators"]] as const) {
      await page.goto(`${server.url}${url}`);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await overflow(page), `${url} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await screenshot(page, "phone-group");
  });

  it("creates a user in a dialog that fits the screen", async () => {
    const page = await browser.newPage("phone-create-user", PHONE);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await openSection(page, "Users", "User Manager");
    await page.getByRole("button", { name: "Create User" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a user" });
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await dialog.getByLabel("Username").fill("grace");
    await dialog.getByLabel("First name").fill("Grace");
    await dialog.getByLabel("Last name").fill("Hopper");
    await dialog.getByLabel("Password").fill("a-long-password-1");
    await screenshot(page, "phone-create-user", { viewportOnly: true });
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Grace Hopper").first().waitFor();
    const created = await seeded.fx.db.user.findUnique({ where: { username: "grace" } });
    expect(created?.firstName).toBe("Grace");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
