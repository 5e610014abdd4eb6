"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import type { TInvitationLookup } from "@/lib/schemas/invitation";
import { useTRPC } from "@/trpc/react";
import { InvitationAccessList } from "./invitation-access-list";
import { InvitationStateNotice } from "./invitation-state-notice";
import { SignUpFromInvitationForm } from "./sign-up-from-invitation-form";

type Props = { token: string; invitation: TInvitationLookup; signedInAs: { email: string; name: string } | null };

/** The accept page's choices: sign up (new person), sign in then accept (existing account), or why not. */
export function AcceptInvitation({ token, invitation, signedInAs }: Props) {
  if (invitation.status !== "pending") return <InvitationStateNotice state={invitation.status} />;
  const body = !signedInAs ? (
    invitation.hasAccount ? (
      <div className="grid gap-3">
        <p className="text-sm">An account with {invitation.email} exists. Sign in to accept.</p>
        <SignInForm justSetUp={false} defaultIdentifier={invitation.email} redirectTo={`/invitation/${token}`} />
      </div>
    ) : (
      <SignUpFromInvitationForm token={token} email={invitation.email} />
    )
  ) : signedInAs.email.toLowerCase() === invitation.email ? (
    <AnswerButtons invitation={invitation} />
  ) : (
    <WrongAccount signedInAs={signedInAs.email} invited={invitation.email} />
  );
  return (
    <div className="grid gap-4">
      <InvitationAccessList invitation={invitation} />
      {body}
    </div>
  );
}

function AnswerButtons({ invitation }: { invitation: TInvitationLookup }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const reject = useMutation(trpc.invitation.reject.mutationOptions());
  const [declined, setDeclined] = useState(false);
  const error = accept.error ?? reject.error;
  if (declined) return <Alert>You declined the invitation.</Alert>;
  return (
    <div className="grid gap-3">
      {error ? <Alert variant="destructive">{error.message}</Alert> : null}
      <div className="flex gap-2">
        <Button
          disabled={accept.isPending}
          onClick={() =>
            accept.mutate(
              { invitationId: invitation.id },
              {
                onSuccess: async ({ organizationId }) => {
                  await authClient.organization.setActive({ organizationId });
                  router.push("/");
                  router.refresh();
                },
              },
            )
          }
        >
          {accept.isPending ? "Joining…" : `Accept and join ${invitation.organization.name}`}
        </Button>
        <Button variant="outline" disabled={reject.isPending} onClick={() => reject.mutate({ invitationId: invitation.id }, { onSuccess: () => setDeclined(true) })}>
          Decline
        </Button>
      </div>
    </div>
  );
}

function WrongAccount({ signedInAs, invited }: { signedInAs: string; invited: string }) {
  const router = useRouter();
  return (
    <div className="grid gap-3">
      <Alert variant="destructive">
        You are signed in as {signedInAs}, but this invitation is for {invited}.
      </Alert>
      <Button
        variant="outline"
        onClick={async () => {
          await authClient.signOut();
          router.refresh();
        }}
      >
        Sign out and use another account
      </Button>
    </div>
  );
}
