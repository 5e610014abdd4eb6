"use client";

import { AlertTriangle } from "lucide-react";
import { ErrorActions, ErrorDescription } from "@/components/common/error-notice";
import { Card, CardContent } from "@/components/ui/card";

/** A dashboard page failed: the sidebar and menu stay, the page says so and offers the way back. */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Card className="max-w-xl" role="alert">
      <CardContent className="flex gap-4">
        <AlertTriangle aria-hidden className="mt-0.5 size-6 shrink-0 text-destructive" />
        <div className="grid grid-cols-1 gap-2">
          <h1 className="font-semibold">Something went wrong</h1>
          <div className="text-sm text-muted-foreground">
            <ErrorDescription digest={error.digest} />
          </div>
          <div className="mt-1 flex flex-wrap gap-2">
            <ErrorActions onRetry={reset} />
          </div>
        </div>
      </CardContent>
    </Card>
  );
}
