"use client";

import { Menu, XIcon } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Permission } from "@/lib/permissions";
import { OrganizationHeader, type ShellOrganizations } from "./organization-header";
import { SidebarNav } from "./sidebar-nav";

/**
 * Below the desktop breakpoint the sidebar is hidden: a menu button opens the same navigation as a
 * panel on the left, which closes when a link in it is followed.
 */
export function MobileNav({ organizations, permissions }: { organizations: ShellOrganizations; permissions: Permission[] }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu">
          <Menu aria-hidden />
        </Button>
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50 md:hidden" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col border-r bg-sidebar shadow-lg md:hidden"
        >
          <DialogPrimitive.Title className="sr-only">Menu</DialogPrimitive.Title>
          <OrganizationHeader organizations={organizations}>
            <DialogPrimitive.Close className="shrink-0 rounded-xs p-1 opacity-70 hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
              <XIcon aria-hidden className="size-4" />
              <span className="sr-only">Close menu</span>
            </DialogPrimitive.Close>
          </OrganizationHeader>
          <SidebarNav permissions={permissions} onNavigate={() => setOpen(false)} />
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
