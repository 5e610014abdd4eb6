import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { auth } from "@/server/auth";
import { isSetUp } from "@/server/services/setup/create-first-admin";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ setup?: string; username?: string }> }) {
  if (!(await isSetUp())) redirect("/setup");
  if (await auth.api.getSession({ headers: await headers() })) redirect("/");
  const { setup, username } = await searchParams;
  return (
    <AuthCard title="Sign in to Roster" description="Use your username or email address.">
      <SignInForm justSetUp={setup === "done"} defaultIdentifier={username ?? ""} />
    </AuthCard>
  );
}
