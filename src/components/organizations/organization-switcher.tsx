"use client";

import { useMutation } from "@tanstack/react-query";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TMyOrganization } from "@/lib/schemas/organization";
import { useTRPC } from "@/trpc/react";
import { CreateOrganizationDialog } from "./create-organization-dialog";
import { OrganizationAvatar } from "./organization-avatar";
import { reloadInOrganization } from "./reload-in-organization";

export type SwitcherOrganization = Pick<TMyOrganization, "id" | "name" | "slug" | "role" | "active">;

type Props = {
  /** The organizations the viewer belongs to; the active one is marked. */
  organizations: SwitcherOrganization[];
  current: { name: string };
  canCreate: boolean;
};

/** The organization you work in, as a menu: your other organizations (switching reloads the page in that one) and "Create organization". */
export function OrganizationSwitcher({ organizations, current, canCreate }: Props) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const [creating, setCreating] = useState(false);
  const setActive = useMutation(
    trpc.organization.setActive.mutationOptions({
      onSuccess: () => reloadInOrganization(pathname),
      onError: (error) => toast.error(error.message),
    }),
  );
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          className="flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-1.5 text-left outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
          aria-label={`Organization: ${current.name}. Switch or create an organization`}
        >
          <OrganizationAvatar name={current.name} />
          <span className="min-w-0 flex-1 truncate font-semibold" data-testid="organization-name">
            {current.name}
          </span>
          <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64 max-w-[calc(100vw-2rem)]">
          <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">Your organizations</DropdownMenuLabel>
          {organizations.map((organization) => (
            <DropdownMenuItem
              key={organization.id}
              disabled={setActive.isPending}
              aria-current={organization.active ? "true" : undefined}
              onSelect={() => (organization.active ? undefined : setActive.mutate({ organizationId: organization.id }))}
            >
              <OrganizationAvatar name={organization.name} className="size-5" />
              <span className="min-w-0 flex-1 truncate">{organization.name}</span>
              <Badge variant="secondary">{organization.role}</Badge>
              {organization.active ? <Check aria-label="Current organization" className="size-4" /> : <span aria-hidden className="size-4" />}
            </DropdownMenuItem>
          ))}
          {canCreate ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => setCreating(true)}>
                <Plus aria-hidden /> Create organization
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateOrganizationDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
