"use client";

import { ChevronRight, Search } from "lucide-react";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { PERMISSION_AREAS, areaOf, permissionMatches } from "@/lib/permission-areas";
import type { Permission } from "@/lib/permissions";
import { cn } from "@/lib/utils";

const SEARCH_FROM = 8;

type Props<T> = {
  /** What the list is, for the search box's name ("Search permission flags"). */
  label: string;
  items: readonly T[];
  permissionOf: (item: T) => Permission;
  /** More words the search matches (a flag's name, a scope). */
  textOf?: (item: T) => string;
  /** For edit forms: which items are on; the count then reads "2 of 12". Read views count every item. */
  isOn?: (item: T) => boolean;
  renderItems: (items: T[]) => React.ReactNode;
};

/**
 * A permission list grouped by area (administration, platform, workspaces) in collapsible
 * sections with counts, and (for lists longer than a glance) a search box that narrows every
 * section at once. Sections with something on start open; a search opens every section with a match.
 */
export function PermissionAreas<T>({ label, items, permissionOf, textOf, isOn, renderItems }: Props<T>) {
  const id = useId();
  const [term, setTerm] = useState("");
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const searching = term.trim() !== "";
  const areas = PERMISSION_AREAS.map((area) => {
    const all = items.filter((item) => areaOf(permissionOf(item)) === area.id);
    const shown = all.filter((item) => permissionMatches(permissionOf(item), term, textOf?.(item)));
    const on = isOn ? all.filter(isOn).length : all.length;
    return { area, all, shown, on };
  }).filter((a) => a.all.length > 0 && (!searching || a.shown.length > 0));
  return (
    <div className="grid min-w-0 grid-cols-1 gap-3">
      {items.length <= SEARCH_FROM ? null : (
      <div className="relative max-w-sm">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          type="search"
          aria-label={`Search ${label}`}
          placeholder="Search permissions"
          className="pl-9"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
      </div>
      )}
      {areas.length === 0 ? (
        <p role="status" className="text-sm text-muted-foreground">
          {searching ? `No permission matches “${term.trim()}”.` : "None."}
        </p>
      ) : null}
      {areas.map(({ area, all, shown, on }) => {
        const open = searching || (toggled[area.id] ?? (isOn ? on > 0 : true));
        const panel = `${id}-${area.id}`;
        const count = isOn ? `${on} of ${all.length}` : String(all.length);
        return (
          <section key={area.id} aria-label={area.title} className="min-w-0 rounded-lg border">
            <button
              type="button"
              aria-expanded={open}
              aria-controls={panel}
              disabled={searching}
              onClick={() => setToggled((t) => ({ ...t, [area.id]: !open }))}
              className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm font-medium disabled:cursor-default"
            >
              <ChevronRight aria-hidden className={cn("size-4 shrink-0 transition-transform", open && "rotate-90")} />
              <span className="min-w-0 flex-1">
                {area.title}
                <span className="block truncate text-xs font-normal text-muted-foreground">{area.hint}</span>
              </span>
              <Badge variant="secondary" aria-label={isOn ? `${on} of ${all.length} on` : `${all.length} granted`}>
                {count}
              </Badge>
            </button>
            {open ? (
              <div id={panel} className="border-t px-3 py-3">
                {renderItems(shown)}
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
