import { CopyButton } from "@/components/common/copy-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TCreateInvitationOutput } from "@/lib/schemas/invitation";

/** The dry run's verdict on each address, before anything is created or sent. */
export function InviteCheckReport({ rows }: { rows: TCreateInvitationOutput["rows"] }) {
  const bad = rows.filter((r) => !r.ok).length;
  return (
    <div className="grid gap-2">
      <Alert variant={bad ? "destructive" : "success"}>
        {bad
          ? `${bad} of ${rows.length} addresses cannot be invited. Fix or remove them, then check again.`
          : `${rows.length === 1 ? "The address" : `All ${rows.length} addresses`} can be invited. Nothing has been created or sent yet.`}
      </Alert>
      <div className="max-h-56 overflow-auto rounded-md border">
        <Table aria-label="Address check">
          <TableHeader>
            <TableRow>
              <TableHead>Row</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Result</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.row + 1}</TableCell>
                <TableCell>{r.email}</TableCell>
                <TableCell>{r.ok ? <Badge variant="secondary">OK</Badge> : <span className="text-destructive">{r.message}</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/** What was created: each link, shown this once (only its hash is kept). */
export function InviteCreatedReport({ invitations }: { invitations: TCreateInvitationOutput["invitations"] }) {
  const sent = invitations.some((i) => i.deliveryId);
  return (
    <div className="grid gap-2">
      <Alert variant="success">
        {invitations.length} invitation{invitations.length === 1 ? "" : "s"} created{sent ? " and queued for email" : ""}. The links are shown only now; “Copy link” on the list makes a new one.
      </Alert>
      <ul className="grid max-h-56 gap-2 overflow-auto text-sm">
        {invitations.map(({ invitation, link }) => (
          <li key={invitation.id} className="flex items-center justify-between gap-2 rounded-md border p-2">
            <span className="min-w-0 truncate">{invitation.email}</span>
            <CopyButton value={link} label={`Copy the link for ${invitation.email}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
