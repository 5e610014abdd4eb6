import { Badge } from "@/components/ui/badge";
import type { TDelivery, TInvitationState } from "@/lib/schemas/invitation";

const STATE_LABEL: Record<TInvitationState, string> = {
  pending: "Pending",
  accepted: "Accepted",
  rejected: "Declined",
  cancelled: "Cancelled",
  expired: "Expired",
};

export function InvitationStateBadge({ state }: { state: TInvitationState }) {
  const variant = state === "pending" ? "default" : state === "accepted" ? "secondary" : "outline";
  return <Badge variant={variant}>{STATE_LABEL[state]}</Badge>;
}

/** The latest email: queued, sending, sent, or failed with the server's words. */
export function DeliveryStatus({ delivery }: { delivery: TDelivery | null }) {
  if (!delivery) return <span className="text-muted-foreground">Not emailed</span>;
  if (delivery.status === "failed") {
    return (
      <span className="text-destructive" title={delivery.lastError ?? undefined}>
        Failed after {delivery.attempts} attempt{delivery.attempts === 1 ? "" : "s"}
        {delivery.lastError ? `: ${delivery.lastError}` : ""}
      </span>
    );
  }
  const label = { queued: "Queued", sending: "Sending", sent: "Sent" }[delivery.status];
  return <span>{delivery.attempts > 1 && delivery.status !== "sent" ? `${label} (attempt ${delivery.attempts})` : label}</span>;
}
