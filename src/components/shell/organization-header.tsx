import { OrganizationSwitcher, type SwitcherOrganization } from "@/components/organizations/organization-switcher";

export type ShellOrganizations = {
  current: { name: string };
  /** The organizations the viewer belongs to, with their role; the active one is marked. */
  list: SwitcherOrganization[];
  canCreate: boolean;
};

/**
 * The top of the sidebar, on the desktop and in the phone menu alike: the organization switcher,
 * and whatever the panel adds beside it (the phone menu's close button).
 */
export function OrganizationHeader({ organizations, children }: { organizations: ShellOrganizations; children?: React.ReactNode }) {
  return (
    <div className="flex h-14 shrink-0 items-center gap-1 border-b px-2">
      <OrganizationSwitcher organizations={organizations.list} current={organizations.current} canCreate={organizations.canCreate} />
      {children}
    </div>
  );
}
