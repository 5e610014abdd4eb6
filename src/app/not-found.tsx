import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { GoBackButton } from "@/components/common/go-back-button";
import { StatusPage } from "@/components/common/status-page";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

// Rendered per request, like every page: its scripts need the nonce of the response's
// Content-Security-Policy (src/proxy.ts), which a page prerendered at build time cannot have.
export default async function NotFound() {
  await connection();
  return (
    <StatusPage code="404" title="Page not found" description="There is nothing at this address. The link may be mistyped, or what it pointed to was removed.">
      <Button asChild>
        <Link href="/">Go to the dashboard</Link>
      </Button>
      <GoBackButton />
    </StatusPage>
  );
}
