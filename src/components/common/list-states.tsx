import { AlertTriangle, Inbox } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";

/** Placeholder rows while a table's first page loads. */
export function LoadingRows({ columns, rows = 5, label = "Loading" }: { columns: number; rows?: number; label?: string }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <TableRow key={row} aria-hidden={row > 0}>
          {Array.from({ length: columns }, (_, column) => (
            <TableCell key={column}>
              {row === 0 && column === 0 ? <span className="sr-only">{label}…</span> : null}
              <Skeleton className="h-4 w-full max-w-40" />
            </TableCell>
          ))}
        </TableRow>
      ))}
    </>
  );
}

/** One full-width row with a message: the empty and error states of a table. */
export function MessageRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableCell colSpan={columns} className="py-10 text-center">
        {children}
      </TableCell>
    </TableRow>
  );
}

/**
 * An empty list: what is missing, a hint, and the list's primary action (usually the same create
 * button as the page header's), so that the first step is where the eye already is.
 */
export function EmptyState({ title, hint, action }: { title: string; hint?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-1 text-sm whitespace-normal" role="status">
      <Inbox aria-hidden className="mb-1 size-6 text-muted-foreground" />
      <p className="font-medium">{title}</p>
      {hint ? <p className="text-muted-foreground">{hint}</p> : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="flex flex-col items-center gap-2 text-sm" role="alert">
      <AlertTriangle aria-hidden className="size-6 text-destructive" />
      <p className="font-medium text-destructive">{message}</p>
      {onRetry ? (
        <Button variant="outline" size="sm" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
