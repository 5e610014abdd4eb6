import { cn } from "@/lib/utils";

/** The organization's initial in a square: the same mark wherever an organization is named. */
export function OrganizationAvatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn("flex size-6 shrink-0 items-center justify-center rounded-md bg-primary text-xs font-semibold text-primary-foreground uppercase", className)}
    >
      {name.trim().charAt(0) || "?"}
    </span>
  );
}
