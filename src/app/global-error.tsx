"use client";

import { ErrorActions, ErrorDescription } from "@/components/common/error-notice";
import { StatusPage } from "@/components/common/status-page";
import "./globals.css";

/** The root layout itself failed: this replaces the whole document, so it brings its own <html>. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <title>Something went wrong · Roster</title>
        <StatusPage code="Error" title="Something went wrong" description={<ErrorDescription digest={error.digest} />}>
          <ErrorActions onRetry={reset} />
        </StatusPage>
      </body>
    </html>
  );
}
