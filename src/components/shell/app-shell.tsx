import { Building2 } from "lucide-react";
import type { Permission } from "@/lib/permissions";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu, type ShellUser } from "./user-menu";

type Props = {
  organization: { name: string; slug: string };
  user: ShellUser;
  /** The viewer's permissions: the navigation shows only the sections they may use. */
  permissions: Permission[];
  children: React.ReactNode;
};

export function AppShell({ organization, user, permissions, children }: Props) {
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 flex-col border-r bg-sidebar md:flex">
        <div className="flex h-14 items-center gap-2 border-b px-4">
          <Building2 aria-hidden className="size-4 text-muted-foreground" />
          <span className="truncate font-semibold" data-testid="organization-name">
            {organization.name}
          </span>
        </div>
        <SidebarNav permissions={permissions} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between gap-4 border-b px-6">
          <span className="font-semibold md:hidden">{organization.name}</span>
          <span className="hidden text-sm text-muted-foreground md:block">Roster</span>
          <UserMenu user={user} />
        </header>
        <main className="flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
