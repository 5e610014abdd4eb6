"use client";

import type { LucideIcon } from "lucide-react";
import { MoreHorizontal } from "lucide-react";
import { useRouter } from "next/navigation";
import { Fragment } from "react";
import { Button } from "@/components/ui/button";
import { ContextMenu, ContextMenuContent, ContextMenuItem, ContextMenuLabel, ContextMenuSeparator, ContextMenuTrigger } from "@/components/ui/context-menu";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

/** One entry of a row's menu; `destructive` ones come last, after a separator, in red. */
export type RowAction = { label: string; icon: LucideIcon; onSelect: () => void; destructive?: boolean };

type Props = {
  /** What the row is ("alice"): it names the menus. */
  name: string;
  /** Where a click or Enter on the row goes. */
  href: string;
  actions: RowAction[];
  children: React.ReactNode;
};

/** Clicks and keys that belong to something inside the row (a link, a button, a menu) or to a dialog it opened. */
function ownedByRow(event: React.SyntheticEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  // React events bubble out of portals (menus, dialogs): only the row's own DOM counts.
  if (!event.currentTarget.contains(target)) return false;
  return !target.closest("a, button, input, [role=menuitem]");
}

/**
 * A table row that opens what it shows: a click anywhere on it, or Enter when it has the focus,
 * goes to `href`. Its actions are offered twice: a "⋯" menu in its last cell, and the same menu on
 * right-click (as the data platform's User Manager has it).
 */
export function MenuRow({ name, href, actions, children }: Props) {
  const router = useRouter();
  return (
    <ContextMenu>
      <ContextMenuTrigger asChild>
        <TableRow
          tabIndex={0}
          aria-label={name}
          className="cursor-pointer focus-visible:bg-muted/60 focus-visible:outline-none"
          onClick={(event) => {
            if (ownedByRow(event)) router.push(href);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && event.target === event.currentTarget) router.push(href);
          }}
        >
          {children}
        </TableRow>
      </ContextMenuTrigger>
      <ContextMenuContent aria-label={`Actions for ${name}`}>
        <ContextMenuLabel className="max-w-56 truncate">{name}</ContextMenuLabel>
        {actions.map((action, i) => (
          <Fragment key={action.label}>
            {action.destructive && !actions[i - 1]?.destructive ? <ContextMenuSeparator /> : null}
            <ContextMenuItem onSelect={action.onSelect} className={cn(action.destructive && "text-destructive focus:text-destructive")}>
              <action.icon aria-hidden /> {action.label}
            </ContextMenuItem>
          </Fragment>
        ))}
      </ContextMenuContent>
    </ContextMenu>
  );
}

/** The row's "⋯" button and its menu: the same actions as the right-click menu. */
export function RowMenuButton({ name, actions }: { name: string; actions: RowAction[] }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Actions for ${name}`}>
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel className="max-w-56 truncate">{name}</DropdownMenuLabel>
        {actions.map((action, i) => (
          <Fragment key={action.label}>
            {action.destructive && !actions[i - 1]?.destructive ? <DropdownMenuSeparator /> : null}
            <DropdownMenuItem onSelect={action.onSelect} className={cn(action.destructive && "text-destructive focus:text-destructive")}>
              <action.icon aria-hidden /> {action.label}
            </DropdownMenuItem>
          </Fragment>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
