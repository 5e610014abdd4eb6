import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { AuthCard } from "@/components/auth/auth-card";
import { config } from "@/server/config";
import { isSetUp } from "@/server/services/setup/create-first-admin";

export const metadata: Metadata = { title: "Set up Roster" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (await isSetUp()) redirect("/sign-in");
  return (
    <AuthCard title="Welcome to Roster" description="Name your organization and create its first administrator, who owns it.">
      <SetupForm defaultOrganizationName={config.defaultOrganizationName} />
    </AuthCard>
  );
}
