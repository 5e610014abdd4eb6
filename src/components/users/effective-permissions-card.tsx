"use client";

import { PermissionAreas } from "@/components/common/permission-areas";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeScope, describeSource } from "@/lib/describe-access";
import { PERMISSIONS } from "@/lib/permissions";
import type { TMemberDetail } from "@/lib/schemas/user";

type Entry = TMemberDetail["effectivePermissions"][number];

/** Every permission the member holds, by area: where it holds, and why (role, flag, group, workspace role). */
export function EffectivePermissionsCard({ user }: { user: TMemberDetail }) {
  const entries = user.effectivePermissions;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Effective permissions</CardTitle>
        <CardDescription>Role, flags, groups and workspace grants together, each with its sources.</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground" role="status">
            No permissions.
          </p>
        ) : (
          <PermissionAreas
            label="effective permissions"
            items={entries}
            permissionOf={(entry) => entry.permission}
            textOf={(entry) => `${describeScope(entry.scope)} ${entry.sources.map(describeSource).join(" ")}`}
            renderItems={(shown) => <EntriesTable entries={shown} />}
          />
        )}
      </CardContent>
    </Card>
  );
}

function EntriesTable({ entries }: { entries: Entry[] }) {
  return (
    <Table aria-label="Effective permissions">
      <TableHeader>
        <TableRow>
          <TableHead>Permission</TableHead>
          <TableHead>Where</TableHead>
          <TableHead>From</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={`${entry.permission}@${describeScope(entry.scope)}`}>
            <TableCell>
              <code className="text-xs">{entry.permission}</code>
              <div className="text-xs text-muted-foreground">{PERMISSIONS[entry.permission]}</div>
            </TableCell>
            <TableCell className="whitespace-nowrap">{describeScope(entry.scope)}</TableCell>
            <TableCell>{entry.sources.map(describeSource).join(", ")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
