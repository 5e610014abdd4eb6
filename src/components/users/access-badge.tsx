import { Badge } from "@/components/ui/badge";
import type { AccessKind } from "@/lib/access-summary";
import type { TMemberListItem } from "@/lib/schemas/user";
import { cn } from "@/lib/utils";

type Access = TMemberListItem["access"];

const TONE: Partial<Record<AccessKind, string>> = {
  owner: "border-transparent bg-primary text-primary-foreground",
  admin: "border-transparent bg-primary text-primary-foreground",
  none: "text-muted-foreground",
};

/** The headline access label ("Owner", "Developer", "Per workspace", "No access"); the scope as its title. */
export function AccessBadge({ access }: { access: Access }) {
  return (
    <Badge variant="outline" className={cn(TONE[access.kind])} title={access.scope}>
      {access.label}
    </Badge>
  );
}

const SHOWN_GRANTS = 2;

/** The Users table's Access cell: the label, and for per-workspace access the grants, compact. */
export function AccessCell({ access }: { access: Access }) {
  const shown = access.workspaces.slice(0, SHOWN_GRANTS);
  const more = access.workspaces.length - shown.length;
  return (
    <div className="flex flex-wrap items-center gap-1">
      <AccessBadge access={access} />
      {shown.length > 0 ? (
        <span className="text-xs text-muted-foreground" title={access.scope}>
          {shown.map((w) => `${w.name}: ${w.role}`).join(", ")}
          {more > 0 ? ` +${more}` : ""}
        </span>
      ) : null}
    </div>
  );
}
