import { Check, Minus } from "lucide-react";
import { flagLabel } from "@/lib/describe-access";
import { MEMBER_FLAG_NAMES } from "@/lib/permissions";
import type { TMemberFlags } from "@/lib/schemas/access";

/** The member's flags, read-only (for viewers who may not assign them). */
export function MemberFlagsList({ flags }: { flags: TMemberFlags }) {
  return (
    <ul className="grid grid-cols-1 gap-1.5 text-sm sm:grid-cols-2" aria-label="Permission flags">
      {MEMBER_FLAG_NAMES.map((flag) => (
        <li key={flag} className="flex items-center gap-2">
          {flags[flag] ? (
            <Check aria-label="On" className="size-4 text-emerald-700 dark:text-emerald-400" />
          ) : (
            <Minus aria-label="Off" className="size-4 text-muted-foreground" />
          )}
          <span className={flags[flag] ? undefined : "text-muted-foreground"}>{flagLabel(flag)}</span>
        </li>
      ))}
    </ul>
  );
}
