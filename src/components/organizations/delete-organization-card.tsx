"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TOrganization } from "@/lib/schemas/organization";
import { useTRPC } from "@/trpc/react";
import { reloadInOrganization } from "./reload-in-organization";

type Props = {
  organization: Pick<TOrganization, "id" | "name" | "slug">;
  /** Why it cannot be deleted by this viewer (not the owner, the setup organization); null when it can. */
  refusal: string | null;
};

/** The danger zone: deleting the organization, after typing its slug. */
export function DeleteOrganizationCard({ organization, refusal }: Props) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const remove = useMutation(trpc.organization.delete.mutationOptions({ onSuccess: () => reloadInOrganization("/") }));
  const matches = [organization.slug, organization.name].some((text) => text.toLowerCase() === typed.trim().toLowerCase());
  return (
    <Card className="max-w-xl border-destructive/50">
      <CardHeader>
        <CardTitle className="text-destructive">Danger zone</CardTitle>
        <CardDescription>
          Deleting {organization.name} removes its members, groups, workspaces, invitations, API keys and audit log for good. People who
          belong to no other organization lose their account.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {refusal ? (
          <p className="text-sm text-muted-foreground">{refusal}</p>
        ) : (
          <form
            className="grid grid-cols-1 gap-3"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (matches) remove.mutate({ organizationId: organization.id, confirm: typed });
            }}
          >
            <FormField id="delete-organization-confirm" label={`Type ${organization.slug} to confirm`}>
              <Input id="delete-organization-confirm" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
            </FormField>
            {remove.error ? <Alert variant="destructive">{remove.error.message}</Alert> : null}
            <div>
              <Button type="submit" variant="destructive" disabled={!matches || remove.isPending || remove.isSuccess}>
                {remove.isPending || remove.isSuccess ? "Deleting…" : "Delete organization"}
              </Button>
            </div>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
