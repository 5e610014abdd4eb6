"use client";

import { PagedApiKeys } from "@/components/api-keys/api-keys-view";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** The member's API keys (metadata only): your own, or anyone's for holders of apiKey:manage. */
export function UserApiKeysCard({ userId, username, scope }: { userId: string; username: string; scope: "mine" | "organization" }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>API keys</CardTitle>
        <CardDescription>Keys {scope === "mine" ? "you created" : `${username} created`} for this organization.</CardDescription>
      </CardHeader>
      <CardContent>
        <PagedApiKeys scope={scope} userId={userId} label={`API keys of ${username}`} empty={{ title: "No API keys" }} />
      </CardContent>
    </Card>
  );
}
