"use client";

import { ErrorActions, ErrorDescription } from "@/components/common/error-notice";
import { StatusPage } from "@/components/common/status-page";

/** A page outside the dashboard failed: the error's reference and the way back. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code="Error" title="Something went wrong" description={<ErrorDescription digest={error.digest} />}>
      <ErrorActions onRetry={reset} />
    </StatusPage>
  );
}
