import type { Metadata } from "next";
import { headers } from "next/headers";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitation } from "@/components/invitations/accept-invitation";
import { Alert } from "@/components/ui/alert";
import type { TInvitationLookup } from "@/lib/schemas/invitation";
import { auth } from "@/server/auth";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

/**
 * The page an invitation link opens, signed in or not: a new person signs up here, someone with an
 * account signs in and accepts, and a link that can no longer be used says why.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await serverCaller();
  const invitation: TInvitationLookup | null = await caller.invitation.lookup({ token }).catch(() => null);
  if (!invitation) {
    return (
      <AuthCard title="Invitation not found" description="This link is not valid.">
        <Alert variant="destructive">
          The link may be mistyped, or a newer invitation replaced it (every resend makes a new link). Ask the person who invited you to send it again.
        </Alert>
      </AuthCard>
    );
  }
  const session = await auth.api.getSession({ headers: await headers() }).catch(() => null);
  return (
    <AuthCard title={`Join ${invitation.organization.name}`} description={`${invitation.inviter?.name ?? "An administrator"} invited ${invitation.email}.`}>
      <AcceptInvitation token={token} invitation={invitation} signedInAs={session ? { email: session.user.email, name: session.user.name } : null} />
    </AuthCard>
  );
}
