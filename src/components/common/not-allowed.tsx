import { ShieldOff } from "lucide-react";
import { Card, CardContent } from "@/components/ui/card";

/** What a page shows to someone who may not use it (the server refuses the data anyway). */
export function NotAllowed({ what, needs }: { what: string; needs: string }) {
  return (
    <Card className="max-w-xl" role="alert">
      <CardContent className="flex gap-4">
        <ShieldOff aria-hidden className="mt-0.5 size-6 shrink-0 text-muted-foreground" />
        <div className="grid grid-cols-1 gap-1">
          <h2 className="font-semibold">You are not allowed to see {what}</h2>
          <p className="text-sm text-muted-foreground">
            This page needs the <code className="rounded bg-muted px-1 py-0.5 text-xs">{needs}</code> permission. Ask an
            administrator of your organization if you need it.
          </p>
        </div>
      </CardContent>
    </Card>
  );
}
