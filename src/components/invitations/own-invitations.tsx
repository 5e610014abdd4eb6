"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { LocalTime } from "@/components/common/local-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { authClient } from "@/lib/auth-client";
import type { TOwnInvitation } from "@/lib/schemas/invitation";
import { useTRPC } from "@/trpc/react";

/**
 * Invitations waiting for the signed-in person (addressed to their email), on every dashboard page:
 * accepting joins the organization and switches to it; nothing shows when there are none.
 */
export function OwnInvitations() {
  const trpc = useTRPC();
  const query = useQuery(trpc.user.getInvitations.queryOptions());
  if (!query.data?.length) return null;
  return (
    <Card className="mb-6" aria-label="Your invitations">
      <CardHeader>
        <CardTitle>You are invited</CardTitle>
        <CardDescription>Accept to join the organization with the access shown; decline to dismiss the invitation.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {query.data.map((invitation) => (
          <OwnInvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </CardContent>
    </Card>
  );
}

function OwnInvitationRow({ invitation }: { invitation: TOwnInvitation }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.getInvitations.queryKey() });
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const reject = useMutation(trpc.invitation.reject.mutationOptions());
  const name = invitation.organization.name;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border p-3">
      <div className="grid gap-0.5 text-sm">
        <span className="font-medium">
          {name}
          {invitation.inviter ? <span className="font-normal text-muted-foreground"> · invited by {invitation.inviter.name}</span> : null}
        </span>
        <span className="text-muted-foreground">{invitation.access.join(" · ")}</span>
        <span className="text-xs text-muted-foreground">
          Expires <LocalTime iso={invitation.expiresAt} />
        </span>
      </div>
      <div className="flex gap-2">
        <Button
          size="sm"
          aria-label={`Accept the invitation to ${name}`}
          disabled={accept.isPending}
          onClick={() =>
            accept.mutate(
              { invitationId: invitation.id },
              {
                onSuccess: async ({ organizationId }) => {
                  toast.success(`You joined ${name}`);
                  await authClient.organization.setActive({ organizationId });
                  router.push("/");
                  router.refresh();
                },
                onError: (e) => toast.error(e.message),
                onSettled: refresh,
              },
            )
          }
        >
          Accept
        </Button>
        <Button
          size="sm"
          variant="outline"
          aria-label={`Decline the invitation to ${name}`}
          disabled={reject.isPending}
          onClick={() => reject.mutate({ invitationId: invitation.id }, { onError: (e) => toast.error(e.message), onSettled: refresh })}
        >
          Decline
        </Button>
      </div>
    </div>
  );
}
