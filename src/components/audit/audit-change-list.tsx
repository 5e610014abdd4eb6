import { ArrowRight } from "lucide-react";
import { describeAuditChange } from "@/lib/describe-audit-change";

/** An event's before/after as one line per field: "role: viewer → developer". */
export function AuditChangeList({ before, after }: { before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const lines = describeAuditChange(before, after);
  if (lines.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <dl className="grid max-w-md gap-0.5 text-xs">
      {lines.map((line) => (
        <div key={line.field} className="flex flex-wrap items-baseline gap-x-1.5">
          <dt className="font-medium">{line.field}:</dt>
          <dd className="flex min-w-0 flex-wrap items-baseline gap-x-1.5 break-words">
            {line.before !== undefined ? <span className="text-muted-foreground line-through decoration-muted-foreground/50">{line.before}</span> : null}
            {line.before !== undefined && line.after !== undefined ? (
              <>
                <ArrowRight aria-hidden className="size-3 self-center text-muted-foreground" />
                <span className="sr-only">became</span>
              </>
            ) : null}
            {line.after !== undefined ? <span>{line.after}</span> : null}
            {line.after === undefined ? <span className="sr-only">(removed)</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
