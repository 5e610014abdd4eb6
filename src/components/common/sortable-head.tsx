"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { TableHead } from "@/components/ui/table";
import { cn } from "@/lib/utils";

export type SortOrder = "asc" | "desc";

type Props<K extends string> = {
  column: K;
  label: string;
  sort: { by: K; order: SortOrder };
  onSort: (next: { by: K; order: SortOrder }) => void;
  className?: string;
};

/** A column header that sorts by its column; a second click reverses the order. */
export function SortableHead<K extends string>({ column, label, sort, onSort, className }: Props<K>) {
  const active = sort.by === column;
  const Icon = !active ? ArrowUpDown : sort.order === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead aria-sort={active ? (sort.order === "asc" ? "ascending" : "descending") : "none"} className={className}>
      <button
        type="button"
        aria-label={`Sort by ${label}`}
        className={cn("inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none", active && "text-foreground")}
        onClick={() => onSort({ by: column, order: active && sort.order === "asc" ? "desc" : "asc" })}
      >
        {label}
        <Icon aria-hidden className="size-3.5" />
      </button>
    </TableHead>
  );
}
