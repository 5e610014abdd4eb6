import { cn } from "@/lib/utils";
import { RosterLogo } from "./roster-logo";

/** A page of its own outside the dashboard (sign-in, setup, not found): Roster's mark above a centred card. */
export function BrandedFrame({ className, children }: { className?: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/40 p-6">
      <div className={cn("w-full max-w-sm space-y-6", className)}>
        <div className="flex items-center justify-center gap-2 text-lg font-semibold">
          <RosterLogo /> Roster
        </div>
        {children}
      </div>
    </main>
  );
}
