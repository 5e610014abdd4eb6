import { Alert } from "@/components/ui/alert";
import type { TInvitationState } from "@/lib/schemas/invitation";

const WHY: Record<Exclude<TInvitationState, "pending">, string> = {
  accepted: "This invitation has already been used.",
  rejected: "This invitation was declined.",
  cancelled: "This invitation was cancelled.",
  expired: "This invitation has expired.",
};

/** Why a link can no longer be used, and what to do about it. */
export function InvitationStateNotice({ state }: { state: Exclude<TInvitationState, "pending"> }) {
  return (
    <Alert variant="destructive">
      {WHY[state]} {state === "accepted" ? "Sign in to use your account." : "Ask the person who invited you for a new invitation."}
    </Alert>
  );
}
