import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ChangeEmailForm } from "@/components/profile/change-email-form";
import { PasswordForm } from "@/components/profile/password-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { PageHeader } from "@/components/shell/page-header";
import { HydrateClient, prefetch, serverCaller, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  prefetch(trpc.user.get.queryOptions());
  const me = await (await serverCaller()).user.get();
  const { email } = await searchParams;
  return (
    <HydrateClient>
      <PageHeader title="Profile" description="Your name, email address and password." />
      <div className="grid max-w-2xl gap-6">
        {email === "changed" ? <Alert variant="success">Your email address is now {me.user.email}.</Alert> : null}
        <ProfileForm />
        <ChangeEmailForm currentEmail={me.user.email} />
        <PasswordForm />
      </div>
    </HydrateClient>
  );
}
