"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/common/confirm-action";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

export function RevokeApiKeyButton({ apiKey, owner }: { apiKey: { id: string; name: string | null }; owner?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.user.deleteApiKey.mutationOptions());
  const name = apiKey.name ?? "unnamed key";
  return (
    <ConfirmAction
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Revoke ${name}`} className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden /> Revoke
        </Button>
      }
      title={`Revoke “${name}”?`}
      description={`Programs using this key${owner ? ` (owned by ${owner})` : ""} get 401 Unauthorized from now on. This cannot be undone.`}
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      onConfirm={async () => {
        await revoke.mutateAsync({ apiKeyId: apiKey.id });
        toast.success(`Key “${name}” revoked`);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.user.listApiKeys.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.user.get.queryKey() }),
        ]);
      }}
    />
  );
}
