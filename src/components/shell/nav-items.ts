import { UserRound, type LucideIcon } from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon };

/** The dashboard's sections. Each issue that adds a page adds its entry here. */
export const NAV_ITEMS: NavItem[] = [{ href: "/profile", label: "Profile", icon: UserRound }];
