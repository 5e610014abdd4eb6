import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withAdaInOperators, withOwner } from "./dashboard";

// Organizations from the dashboard, on a desktop and on a phone: the switcher at the top of the
// sidebar (of the phone's menu) creates a second organization and works in it, Settings →
// Organization renames it, and the switcher goes back to the first, whose people are there again.
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

describe("creating, renaming and switching organizations in the dashboard", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let firstName: string;

  beforeAll(async () => {
    server = await startRoster();
    const seeded = await withOwner(server);
    await withAdaInOperators(seeded);
    firstName = (await seeded.fx.db.organization.findUniqueOrThrow({ where: { id: seeded.organizationId } })).name;
  });
  afterAll(() => server?.stop());

  /** How far the page reaches past the screen's right edge, in CSS pixels (0: no sideways scroll). */
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const phone = (page: Page) => page.viewportSize()!.width < 768;

  /** The sidebar: on a phone, the menu panel (opened, retrying a click that lands before hydration). */
  async function sidebar(page: Page): Promise<Locator> {
    if (!phone(page)) return page.getByRole("complementary");
    const menu = page.getByRole("dialog", { name: "Menu" });
    for (let attempt = 0; attempt < 10 && !(await menu.isVisible()); attempt++) {
      await page.getByRole("button", { name: "Open menu" }).click({ timeout: 2_000 }).catch(() => {});
      await menu.waitFor({ timeout: 2_000 }).catch(() => {});
    }
    await menu.waitFor();
    return menu;
  }

  /** Opens the organization switcher; returns its menu. */
  async function openSwitcher(page: Page): Promise<Locator> {
    const panel = await sidebar(page);
    const menu = page.getByRole("menu");
    for (let attempt = 0; attempt < 10 && !(await menu.isVisible()); attempt++) {
      await panel.getByRole("button", { name: /Switch or create an organization/ }).click({ timeout: 2_000 }).catch(() => {});
      await menu.waitFor({ timeout: 2_000 }).catch(() => {});
    }
    await menu.waitFor();
    return menu;
  }

  /** The Users page of the organization named in the sidebar, without sideways scrolling. */
  async function expectUsersPageOf(page: Page, organization: string, { has, hasNot }: { has: string[]; hasNot: string[] }) {
    await page.waitForURL((u) => u.pathname === "/users");
    await page.getByRole("heading", { level: 1, name: "User Manager" }).waitFor();
    const header = phone(page) ? page.getByRole("banner") : page.getByRole("complementary");
    await header.getByText(organization, { exact: true }).waitFor();
    const table = page.getByRole("table");
    for (const name of has) await table.getByText(name, { exact: true }).first().waitFor();
    for (const name of hasNot) expect(await table.getByText(name, { exact: true }).count(), `${name} shows in ${organization}`).toBe(0);
    expect(await overflow(page), "the Users page scrolls sideways").toBeLessThanOrEqual(0);
  }

  for (const [label, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    it(`${label}: create a second organization from the switcher, work in it, rename it, switch back`, async () => {
      const page = await browser.newPage(`organizations-${label}`, viewport);
      await signIn(page, server.url, OWNER.username, OWNER.password);
      await page.goto(`${server.url}/users`);
      await expectUsersPageOf(page, firstName, { has: ["ada"], hasNot: [] });

      // The switcher lists my organizations with my role, and offers to create one.
      let menu = await openSwitcher(page);
      await menu.getByRole("menuitem", { name: new RegExp(`${firstName}.*owner`) }).waitFor();
      await screenshot(page, `organization-switcher-${label}`, { viewportOnly: true });
      await menu.getByRole("menuitem", { name: "Create organization" }).click();
      const dialog = page.getByRole("dialog", { name: "Create an organization" });
      await dialog.getByLabel("Name").fill(`Second ${label}`);
      expect(await dialog.getByLabel("Slug").inputValue()).toBe(`second-${label}`);
      expect(await overflow(page), "the create dialog scrolls sideways").toBeLessThanOrEqual(0);
      await dialog.getByRole("button", { name: "Create organization" }).click();

      // Created and switched to: its Users page has only me.
      await expectUsersPageOf(page, `Second ${label}`, { has: ["owner"], hasNot: ["ada"] });
      await screenshot(page, `organization-second-users-${label}`);

      // Settings → Organization renames it; the sidebar follows.
      const nav = (await sidebar(page)).getByRole("navigation", { name: "Sections" });
      await nav.getByRole("link", { name: "Organization" }).click();
      await page.getByRole("heading", { level: 1, name: "Organization" }).waitFor();
      await page.getByLabel("Name").fill(`Renamed ${label}`);
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Organization saved").waitFor();
      const header = phone(page) ? page.getByRole("banner") : page.getByRole("complementary");
      await header.getByText(`Renamed ${label}`, { exact: true }).waitFor();
      await page.getByRole("heading", { name: "Danger zone" }).waitFor();
      expect(await overflow(page), "Settings → Organization scrolls sideways").toBeLessThanOrEqual(0);
      await screenshot(page, `organization-settings-${label}`);

      // Back to the first organization: the same section reloads with its settings, and its people are there again.
      menu = await openSwitcher(page);
      await menu.getByRole("menuitem", { name: new RegExp(`Renamed ${label}.*owner`) }).waitFor();
      await menu.getByRole("menuitem", { name: new RegExp(firstName) }).click();
      await expect.poll(() => page.getByLabel("Name").inputValue().catch(() => ""), { timeout: 15_000 }).toBe(firstName);
      expect(new URL(page.url()).pathname).toBe("/settings/organization");
      await (await sidebar(page)).getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Users" }).click();
      await expectUsersPageOf(page, firstName, { has: ["ada", "owner"], hasNot: [] });
    });
  }
});
