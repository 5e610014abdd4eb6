// Shared steps of the dashboard's browser tests: a server with its first owner, fixtures written
// to that server's database, signing in through the form, and screenshots to look at.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

import type { withOwner } from "../support/owner";

export { OWNER, withOwner } from "../support/owner";

export async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}

/** A full-page screenshot in .roster/screenshots/ (1280×800 viewport), to look at; `viewportOnly` for what is on screen. */
export async function screenshot(page: Page, name: string, { viewportOnly = false } = {}) {
  const dir = path.resolve(".roster/screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: !viewportOnly });
}

/** A member, Ada Lovelace, in a group "operators": something on every page to look at. */
export async function withAdaInOperators({ fx, organizationId }: Awaited<ReturnType<typeof withOwner>>) {
  const ada = await fx.createMember(organizationId, { username: "ada", firstName: "Ada", lastName: "Lovelace" });
  const group = await fx.db.group.create({ data: { organizationId, name: "operators", gid: 1001, members: { create: { memberId: ada.member.id } } } });
  return { adaId: ada.user.id, groupId: group.id };
}
