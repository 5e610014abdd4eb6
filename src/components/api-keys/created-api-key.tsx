"use client";

import { TriangleAlert } from "lucide-react";
import { CopyButton } from "@/components/common/copy-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type CreatedKey = { name: string; key: string; expiresAt: string | null };

/** The new key, shown this once: it is stored hashed and can never be read again. */
export function CreatedApiKey({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Copy your new API key</DialogTitle>
        <DialogDescription>“{created.name}” is ready. Send it as Authorization: Bearer &lt;key&gt; or x-api-key.</DialogDescription>
      </DialogHeader>
      <Alert variant="destructive" className="flex gap-2">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>This is the only time the key is shown. Store it somewhere safe now: Roster keeps only its hash.</span>
      </Alert>
      <div className="grid grid-cols-1 gap-2">
        <Label htmlFor="created-key">API key</Label>
        <div className="flex gap-2">
          <Input id="created-key" readOnly value={created.key} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <CopyButton value={created.key} label="Copy API key" />
        </div>
      </div>
      <DialogFooter>
        <Button onClick={onDone}>I have stored the key</Button>
      </DialogFooter>
    </>
  );
}
