import type { Permission } from "@/lib/permissions";
import { MobileNav } from "./mobile-nav";
import { OrganizationHeader, type ShellOrganizations } from "./organization-header";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu, type ShellUser } from "./user-menu";

type Props = {
  organizations: ShellOrganizations;
  user: ShellUser;
  /** The viewer's permissions: the navigation shows only the sections they may use. */
  permissions: Permission[];
  children: React.ReactNode;
};

export function AppShell({ organizations, user, permissions, children }: Props) {
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 flex-col border-r bg-sidebar md:flex">
        <OrganizationHeader organizations={organizations} />
        <SidebarNav permissions={permissions} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between gap-2 border-b px-3 sm:gap-4 sm:px-6">
          <div className="flex min-w-0 items-center gap-1 md:hidden">
            <MobileNav organizations={organizations} permissions={permissions} />
            <span className="truncate font-semibold">{organizations.current.name}</span>
          </div>
          <span className="hidden text-sm text-muted-foreground md:block">Roster</span>
          <UserMenu user={user} />
        </header>
        <main className="min-w-0 flex-1 p-4 sm:p-6">{children}</main>
      </div>
    </div>
  );
}
