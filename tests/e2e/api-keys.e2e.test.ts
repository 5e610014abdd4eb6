import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

describe("the API keys page", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
  });
  afterAll(() => server?.stop());

  const usersAll = (key: string) => seeded.api.get("user.all", {}, { bearer: key });

  it("creates a key with every option, shows it exactly once, and revokes it (then it gets 401)", async () => {
    const page = await browser.newPage("api-keys-create");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "API keys" }).click();
    await page.waitForURL(/\/api-keys$/);
    await page.getByText("You have no API keys").waitFor();

    await page.getByRole("button", { name: "Create API key" }).click();
    const dialog = page.getByRole("dialog", { name: "Create an API key" });
    await dialog.getByRole("button", { name: "Create key" }).click();
    await dialog.getByText("Name your key").waitFor();

    await dialog.getByLabel("Name").fill("CI deploys");
    await dialog.getByLabel("Prefix").fill("ci");
    await dialog.getByRole("combobox", { name: "Expires" }).click();
    await page.getByRole("option", { name: "30 days" }).click();
    await dialog.getByRole("checkbox", { name: "Limit the request rate" }).click();
    await dialog.getByLabel("Maximum requests").fill("1000");
    await dialog.getByLabel("Per window of (seconds)").fill("3600");
    await dialog.getByRole("checkbox", { name: "Limit the total number of requests (quota)" }).click();
    await dialog.getByLabel("Requests allowed (remaining)").fill("500");
    await dialog.getByRole("checkbox", { name: "Refill the quota" }).click();
    await dialog.getByLabel("Refill amount").fill("100");
    await dialog.getByLabel("Refill every (seconds)").fill("86400");
    await dialog.getByRole("radio", { name: "Only the permissions I choose" }).click();
    await dialog.getByRole("button", { name: "Read-only preset" }).click();
    expect(await dialog.getByRole("checkbox", { name: /member:read/ }).getAttribute("aria-checked")).toBe("true");
    expect(await dialog.getByRole("checkbox", { name: /member:delete/ }).getAttribute("aria-checked")).toBe("false");
    await screenshot(page, "api-keys-create");
    await dialog.getByRole("button", { name: "Create key" }).click();

    const created = page.getByRole("dialog", { name: "Copy your new API key" });
    await created.getByText("This is the only time the key is shown").waitFor();
    const key = await created.getByRole("textbox", { name: "API key" }).inputValue();
    expect(key).toMatch(/^ci_/);
    await created.getByRole("button", { name: "Copy API key" }).click();
    await created.getByText("Copied").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await screenshot(page, "api-keys-created");
    await created.getByRole("button", { name: "I have stored the key" }).click();

    const row = page.getByRole("table", { name: "My API keys" }).getByRole("row").filter({ hasText: "CI deploys" });
    await row.getByText("1000 per 1 hour · 500 left, +100 every 1 day").waitFor();
    await row.getByText(key.slice(0, 10)).waitFor();
    expect(await page.content()).not.toContain(key);

    // Shown once: a reload has the key's metadata, never the key.
    await page.reload();
    await page.getByRole("table", { name: "My API keys" }).getByText("CI deploys").waitFor();
    expect(await page.content()).not.toContain(key);
    await screenshot(page, "api-keys");

    // A read-only key reads; the same request after revoking is refused.
    expect((await usersAll(key)).status).toBe(200);
    await row.getByRole("button", { name: "Revoke CI deploys" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Revoke “CI deploys”?" });
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await page.getByText("Key “CI deploys” revoked").waitFor();
    await page.getByText("You have no API keys").waitFor();
    expect((await usersAll(key)).status).toBe(401);
  });

  it("lets an admin see every member's keys with their owners, and revoke one", async () => {
    const { fx, organizationId } = seeded;
    const zed = await fx.createMember(organizationId, { username: "zed", firstName: "Zed", lastName: "Zimmer" });
    const zedKey = await fx.insertApiKey(zed.user.id, organizationId, { name: "zed laptop" });
    expect((await seeded.api.get("user.get", {}, { bearer: zedKey.key })).status).toBe(200);

    const page = await browser.newPage("api-keys-organization");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/api-keys`);
    await page.getByRole("tab", { name: "Organization keys" }).click();
    const row = page.getByRole("table", { name: "Organization API keys" }).getByRole("row").filter({ hasText: "zed laptop" });
    await row.getByText("Zed Zimmer").waitFor();
    await screenshot(page, "api-keys-organization");
    await row.getByRole("button", { name: "Revoke zed laptop" }).click();
    await page.getByRole("alertdialog").getByText("owned by zed").waitFor();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
    await page.getByText("Nobody in this organization has an API key").waitFor();
    expect((await seeded.api.get("user.get", {}, { bearer: zedKey.key })).status).toBe(401);

    // A plain member has only their own keys: no organization view.
    const memberPage = await browser.newPage("api-keys-member");
    await signIn(memberPage, server.url, "zed", fx.DEFAULT_PASSWORD);
    await memberPage.goto(`${server.url}/api-keys`);
    await memberPage.getByText("You have no API keys").waitFor();
    expect(await memberPage.getByRole("tab", { name: "Organization keys" }).count()).toBe(0);
  });
});
