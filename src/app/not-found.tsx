import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Not found" };

// Rendered per request, like every page: its scripts need the nonce of the response's
// Content-Security-Policy (src/proxy.ts), which a page prerendered at build time cannot have.
export default async function NotFound() {
  await connection();
  return (
    <AuthCard title="Page not found" description="There is nothing at this address.">
      <Link className="text-sm underline" href="/">
        Go to Roster
      </Link>
    </AuthCard>
  );
}
