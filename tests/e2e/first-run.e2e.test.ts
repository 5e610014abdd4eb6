import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";

describe("first run in the browser", () => {
  const browser = useBrowser();
  let server: RosterServer;
  beforeAll(async () => {
    server = await startRoster();
  });
  afterAll(() => server?.stop());

  it("goes from a fresh install through /setup straight into the dashboard, then changes the password", async () => {
    const page = await browser.newPage("first-run");
    await page.goto(server.url);
    await page.waitForURL(/\/setup$/);

    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create administrator" }).click();
    await page.getByText("Password must be at least 8 characters").waitFor();

    // The organization's name is optional: left empty, it is the configured default.
    await page.getByLabel("Password").fill("first-password");
    await page.getByRole("button", { name: "Create administrator" }).click();
    // Signed in at once with the password just chosen: administrators land on the Users page.
    await page.waitForURL(/\/users$/);
    await page.getByRole("link", { name: "Profile" }).click();
    await page.waitForURL(/\/profile$/);
    expect(await page.getByTestId("signed-in-user").textContent()).toBe("admin");
    expect(await page.getByTestId("organization-name").textContent()).toBe("My organization");

    await page.getByLabel("First name").fill("Ada");
    await page.getByLabel("Last name").fill("Admin");
    await page.getByLabel("Display name").fill("Ada Admin");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Profile saved").waitFor();
    await page.getByTestId("signed-in-user").filter({ hasText: "Ada Admin" }).waitFor();

    await page.getByLabel("Current password").fill("wrong-password");
    await page.getByLabel("New password", { exact: true }).fill("second-password");
    await page.getByLabel("Confirm new password").fill("second-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Current password is incorrect").waitFor();

    await page.getByLabel("Current password").fill("first-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed").waitFor();

    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in$/);

    await page.getByLabel("Username or email").fill("admin");
    await page.getByLabel("Password").fill("first-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Invalid username or password").waitFor();

    await page.getByLabel("Password").fill("second-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/users$/);
    await page.goto(`${server.url}/profile`);
    expect(await page.getByTestId("signed-in-user").textContent()).toBe("Ada Admin");
    await page.screenshot({ path: ".roster/screenshots/profile.png", fullPage: true });
  });
});
