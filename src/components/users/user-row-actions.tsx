"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleSlash, Eye, KeyRound, Pencil, UserCheck, UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { OpenedFromMenu } from "@/components/common/confirm-action";
import type { RowAction } from "@/components/common/row-menu";
import { memberActions } from "@/lib/member-actions";
import type { TMemberListItem } from "@/lib/schemas/user";
import type { Viewer } from "@/lib/viewer";
import { useTRPC } from "@/trpc/react";
import { EditAccessDialog } from "./edit-access-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { RemoveUserButton } from "./user-actions";
import { DisableUserButton, EnableUserButton } from "./user-state-actions";

type Opened = "edit" | "reset" | "disable" | "enable" | "remove" | null;

/**
 * What a row of the Users table offers, as the user's own page does (the same rules decide, and
 * the same dialogs confirm): view, edit access, reset password, disable or enable, remove.
 * Returns the menu's entries and the dialogs they open.
 */
export function useUserRowActions(viewer: Viewer, item: TMemberListItem): { actions: RowAction[]; dialogs: React.ReactNode } {
  const router = useRouter();
  const [opened, setOpened] = useState<Opened>(null);
  const may = memberActions(viewer, item);
  const menu = (which: Exclude<Opened, null>): OpenedFromMenu => ({ open: opened === which, onOpenChange: (open) => setOpened(open ? which : null) });
  const actions: RowAction[] = [
    { label: "View", icon: Eye, onSelect: () => router.push(`/users/${item.userId}`) },
    ...(may.editAccess ? [{ label: "Edit access", icon: Pencil, onSelect: () => setOpened("edit") }] : []),
    ...(may.resetPassword ? [{ label: "Reset password", icon: KeyRound, onSelect: () => setOpened("reset") }] : []),
    ...(may.enable ? [{ label: "Enable", icon: UserCheck, onSelect: () => setOpened("enable") }] : []),
    ...(may.disable ? [{ label: "Disable", icon: CircleSlash, onSelect: () => setOpened("disable"), destructive: true }] : []),
    ...(may.remove ? [{ label: "Remove", icon: UserMinus, onSelect: () => setOpened("remove"), destructive: true }] : []),
  ];
  const dialogs = (
    <>
      {may.editAccess && opened === "edit" ? <EditAccessFromRow viewer={viewer} userId={item.userId} menu={menu("edit")} /> : null}
      {may.resetPassword ? <ResetPasswordDialog userId={item.userId} username={item.username} menu={menu("reset")} /> : null}
      {may.enable ? <EnableUserButton user={item} menu={menu("enable")} /> : null}
      {may.disable ? <DisableUserButton user={item} menu={menu("disable")} /> : null}
      {may.remove ? <RemoveUserButton user={item} menu={menu("remove")} onRemoved={() => undefined} /> : null}
    </>
  );
  return { actions, dialogs };
}

/** Edit access needs the member's full access (user.one), fetched when the dialog is asked for. */
function EditAccessFromRow({ viewer, userId, menu }: { viewer: Viewer; userId: string; menu: OpenedFromMenu }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.user.one.queryOptions({ userId }));
  if (!query.data) return null;
  const may = memberActions(viewer, query.data);
  return <EditAccessDialog user={query.data} changeRole={may.changeRole} allowAdmin={viewer.role === "owner"} menu={menu} />;
}
