import type { Metadata } from "next";
import { PasswordForm } from "@/components/profile/password-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { PageHeader } from "@/components/shell/page-header";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Profile" };

export default function ProfilePage() {
  prefetch(trpc.user.get.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Profile" description="Your name, email address and password." />
      <div className="grid max-w-2xl gap-6">
        <ProfileForm />
        <PasswordForm />
      </div>
    </HydrateClient>
  );
}
