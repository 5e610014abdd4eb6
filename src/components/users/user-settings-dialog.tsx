"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Settings } from "lucide-react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { useTRPC } from "@/trpc/react";

/** The User Manager's settings (settings:manage): whether a new user must be in a group. */
export function UserSettingsDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.user.settings.queryOptions());
  const update = useMutation(
    trpc.user.updateSettings.mutationOptions({
      onSuccess: async (result) => {
        toast.success(result.requireGroup ? "New users now need a group" : "New users no longer need a group");
        await queryClient.invalidateQueries({ queryKey: trpc.user.settings.queryKey() });
      },
    }),
  );
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline" aria-label="User settings">
          <Settings aria-hidden /> <span className="max-sm:sr-only">Settings</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>User settings</DialogTitle>
          <DialogDescription>How people are created in this organization.</DialogDescription>
        </DialogHeader>
        <div className="flex items-start justify-between gap-4 rounded-lg border p-3">
          <div className="grid grid-cols-1 gap-0.5">
            <Label htmlFor="require-group">Require a group</Label>
            <p className="text-xs text-muted-foreground">Create User then needs at least one group. Invitations and existing members are not affected.</p>
          </div>
          <Switch
            id="require-group"
            checked={settings.data?.requireGroup ?? false}
            disabled={!settings.data || update.isPending}
            onCheckedChange={(on) => update.mutate({ requireGroup: on })}
          />
        </div>
        {update.isError ? <Alert variant="destructive">{update.error.message}</Alert> : null}
      </DialogContent>
    </Dialog>
  );
}
