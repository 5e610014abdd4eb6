"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Keyset pages held in the component: the cursors of the pages before the one shown (Previous
 * drops the last, Next adds the shown page's last cursor). For lists whose page is not in the URL.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    cursors,
    cursor: cursors.at(-1),
    next: (cursor: string) => setCursors([...cursors, cursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
    reset: () => setCursors([]),
  };
}

/** One page of `pageSize` rows out of a fetch of one more: whether another page follows, without counting. */
export const pageOf = <T,>(data: T[] | undefined, pageSize: number) => ({ rows: data?.slice(0, pageSize) ?? [], hasNext: (data?.length ?? 0) > pageSize });

/** "showing 51–100" and Previous / Next under a keyset-paged table, as the Users table has them. */
export function Pager({
  label,
  first,
  shown,
  hasPrevious,
  hasNext,
  busy,
  onPrevious,
  onNext,
  children,
}: {
  label: string;
  first: number;
  shown: number;
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
  children?: React.ReactNode;
}) {
  // A single page needs no pager.
  if (!hasPrevious && !hasNext) return children ? <div className="text-sm text-muted-foreground">{children}</div> : null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-muted-foreground">
      <span aria-live="polite">
        {children}
        {shown > 0 ? `${children ? " · " : ""}showing ${first.toLocaleString("en")}–${(first + shown - 1).toLocaleString("en")}` : null}
        {busy ? " · updating…" : null}
      </span>
      <div className="flex gap-2">
        <Button variant="outline" size="sm" disabled={!hasPrevious} onClick={onPrevious}>
          <ChevronLeft aria-hidden /> Previous
        </Button>
        <Button variant="outline" size="sm" disabled={!hasNext || busy} onClick={onNext}>
          Next <ChevronRight aria-hidden />
        </Button>
      </div>
    </nav>
  );
}

/** The Pager of a list paged with useCursorPages, whose cursor is the last row's id. */
export function CursorPager({
  label,
  pages,
  pageSize,
  rows,
  hasNext,
  busy,
}: {
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  rows: { id: string }[];
  hasNext: boolean;
  busy: boolean;
}) {
  return (
    <Pager
      label={label}
      first={pages.cursors.length * pageSize + 1}
      shown={rows.length}
      hasPrevious={pages.cursors.length > 0}
      hasNext={hasNext}
      busy={busy}
      onPrevious={pages.previous}
      onNext={() => pages.next(rows.at(-1)!.id)}
    />
  );
}
