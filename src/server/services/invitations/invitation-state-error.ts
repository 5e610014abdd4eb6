import { AppError } from "@/lib/errors";
import type { TInvitationState } from "@/lib/schemas/invitation";

const WHY: Record<Exclude<TInvitationState, "pending">, string> = {
  accepted: "This invitation has already been used",
  rejected: "This invitation was declined",
  cancelled: "This invitation was cancelled",
  expired: "This invitation has expired: ask for a new one",
};

/**
 * An invitation that can no longer be answered: 409, with the reason in words and in the field
 * `status` (accepted, rejected, cancelled or expired), so a page or a script can tell which.
 */
export const invitationStateError = (state: Exclude<TInvitationState, "pending">) =>
  new AppError("CONFLICT", WHY[state], { fieldErrors: { status: [state] } });
