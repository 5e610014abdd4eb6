import { Activity, BookOpen, Boxes, Building2, KeyRound, Mail, ScrollText, UserRound, Users, type LucideIcon } from "lucide-react";
import type { Permission } from "@/lib/permissions";

/** `requires`: shown only to viewers holding that permission (the pages check it again). */
export type NavItem = { href: string; label: string; icon: LucideIcon; requires?: Permission };

/** The dashboard's sections. Each issue that adds a page adds its entry here. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/users", label: "Users", icon: Users, requires: "member:read" },
  { href: "/workspaces", label: "Workspaces", icon: Boxes, requires: "workspace:read" },
  { href: "/api-keys", label: "API keys", icon: KeyRound },
  { href: "/audit", label: "Audit log", icon: ScrollText, requires: "audit:read" },
  { href: "/metrics", label: "Metrics", icon: Activity, requires: "monitoring:read" },
  { href: "/settings/organization", label: "Organization", icon: Building2, requires: "settings:manage" },
  { href: "/settings/email", label: "Email settings", icon: Mail, requires: "settings:manage" },
  { href: "/profile", label: "Profile", icon: UserRound },
  { href: "/docs", label: "API reference", icon: BookOpen },
];

export const visibleNavItems = (permissions: readonly Permission[]) =>
  NAV_ITEMS.filter((item) => !item.requires || permissions.includes(item.requires));
