import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

// The API reference at /docs: Scalar's viewer over Roster's OpenAPI document, served from the app's
// own bundle (the page's policy allows no other origin), reached from the dashboard.
describe("the API reference", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let apiKey: string;

  beforeAll(async () => {
    server = await startRoster();
    const seeded = await withOwner(server);
    const { cookie } = await seeded.api.signIn(OWNER.username, OWNER.password);
    apiKey = (await seeded.api.post("user.createApiKey", { name: "docs" }, { cookie })).body.key;
  });
  afterAll(() => server?.stop());

  /** Requests that leave the server's origin, and console errors (a policy violation is one). */
  function watch(page: Page) {
    const outside: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
    });
    return { outside, errors };
  }

  it("is linked from the dashboard: operations by tag, search, curl and SDK examples, and 'try it' with the caller's key", async () => {
    const page = await browser.newPage("api-reference");
    const seen = watch(page);
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "API reference" }).click();
    await page.waitForURL(/\/docs/);
    await page.getByRole("heading", { level: 1, name: "Roster API" }).waitFor({ timeout: 30_000 });

    // A sidebar by tag, with the compatible APIs under their own.
    const sidebar = page.getByRole("complementary", { name: "Sidebar for Roster API" });
    for (const tag of ["Dagu-compatible", "Conductor-compatible", "user", "group", "audit"]) {
      await sidebar.getByRole("link", { name: tag, exact: true }).waitFor();
    }

    // Search finds an operation by its path.
    await page.getByRole("button", { name: /Open Search/ }).click();
    await page.keyboard.type("createApiKey");
    await page.getByRole("option", { name: /Path: \/user\.createApiKey/ }).waitFor();
    await page.keyboard.press("Escape");

    // The caller's key, typed once, is used by the examples and by "try it".
    await page.getByRole("textbox", { name: "Bearer Token" }).fill(apiKey);
    await sidebar.getByRole("button", { name: "Open Group - user" }).click();
    await sidebar.getByRole("link", { name: /^Members of the current organization/ }).click();
    const operation = page.getByRole("region", { name: "Members of the current organization" });
    await operation.getByText("curl 'http").first().waitFor();
    await operation.getByRole("button", { name: /Change code sample language/ }).click();
    await page.getByRole("option", { name: /TypeScript SDK/ }).click();
    await operation.getByText("roster.user.all.query(").waitFor();
    await screenshot(page, "api-reference", { viewportOnly: true });

    await operation.getByRole("button", { name: "Test Request" }).click();
    await page.getByRole("button", { name: "Send" }).first().click();
    await page.getByText("200 OK").first().waitFor();
    await page.getByText(`"username": "${OWNER.username}"`).first().waitFor();
    await screenshot(page, "api-reference-try-it", { viewportOnly: true });

    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
