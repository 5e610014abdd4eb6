import { NAV_ITEMS } from "@/components/shell/nav-items";

/**
 * After switching organizations: the same section of the dashboard, loaded afresh for the new
 * organization. A page about one item (a user, a group) belongs to the old organization, so it
 * gives way to its section's list. A full page load, not a client navigation: no query cached for
 * the old organization can show through.
 */
export function reloadInOrganization(pathname: string) {
  const section = NAV_ITEMS.find(({ href }) => pathname === href || pathname.startsWith(`${href}/`));
  window.location.assign(section?.href ?? "/");
}
