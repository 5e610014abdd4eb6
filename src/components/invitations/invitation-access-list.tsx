import { LocalTime } from "@/components/common/local-time";
import type { TInvitationLookup } from "@/lib/schemas/invitation";

/** What joining gives, and until when the link works. */
export function InvitationAccessList({ invitation }: { invitation: TInvitationLookup }) {
  return (
    <div className="grid gap-1 rounded-lg border p-3 text-sm" aria-label="Invited access">
      <ul className="list-inside list-disc">
        {invitation.access.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="text-xs text-muted-foreground">
        Expires <LocalTime iso={invitation.expiresAt} />
      </p>
    </div>
  );
}
