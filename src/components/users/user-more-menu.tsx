"use client";

import { CircleSlash, Crown, MoreHorizontal, UserMinus } from "lucide-react";
import { useState } from "react";
import type { OpenedFromMenu } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { MemberActions } from "@/lib/member-actions";
import type { TMemberDetail } from "@/lib/schemas/user";
import { RemoveUserButton, TransferOwnershipButton } from "./user-actions";
import { DisableUserButton } from "./user-state-actions";

type Opened = "transfer" | "disable" | "remove" | null;

/**
 * The user page's "More" menu: what cannot be undone lightly (transfer ownership, disable, remove)
 * stays out of the header's way, each behind its confirmation. Nothing when none is allowed.
 */
export function UserMoreMenu({ user, may }: { user: TMemberDetail; may: MemberActions }) {
  const [opened, setOpened] = useState<Opened>(null);
  if (!may.transferOwnership && !may.disable && !may.remove) return null;
  const menu = (which: Exclude<Opened, null>): OpenedFromMenu => ({ open: opened === which, onOpenChange: (open) => setOpened(open ? which : null) });
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">
            <MoreHorizontal aria-hidden /> More
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {may.transferOwnership ? (
            <DropdownMenuItem onSelect={() => setOpened("transfer")}>
              <Crown aria-hidden /> Transfer ownership
            </DropdownMenuItem>
          ) : null}
          {may.transferOwnership && (may.disable || may.remove) ? <DropdownMenuSeparator /> : null}
          {may.disable ? (
            <DropdownMenuItem onSelect={() => setOpened("disable")} className="text-destructive focus:text-destructive">
              <CircleSlash aria-hidden /> Disable user
            </DropdownMenuItem>
          ) : null}
          {may.remove ? (
            <DropdownMenuItem onSelect={() => setOpened("remove")} className="text-destructive focus:text-destructive">
              <UserMinus aria-hidden /> Remove user
            </DropdownMenuItem>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      {may.transferOwnership ? <TransferOwnershipButton user={user} menu={menu("transfer")} /> : null}
      {may.disable ? <DisableUserButton user={user} menu={menu("disable")} /> : null}
      {may.remove ? <RemoveUserButton user={user} menu={menu("remove")} /> : null}
    </>
  );
}
