"use client";

import { RotateCcw } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** What an error boundary says: the error's reference in the log (never its message, which may hold internals). */
export function ErrorDescription({ digest }: { digest?: string }) {
  return (
    <p>
      Roster could not show this page. Try again; if it keeps failing, an administrator can find what happened in the server&apos;s log
      {digest ? (
        <>
          {" "}
          under the reference <code className="rounded bg-muted px-1 py-0.5 text-xs text-foreground">{digest}</code>
        </>
      ) : null}
      .
    </p>
  );
}

/** The ways on from an error: render the page again, or go to the dashboard. */
export function ErrorActions({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <Button onClick={onRetry}>
        <RotateCcw aria-hidden /> Try again
      </Button>
      <Button variant="outline" asChild>
        <Link href="/">Go to the dashboard</Link>
      </Button>
    </>
  );
}
