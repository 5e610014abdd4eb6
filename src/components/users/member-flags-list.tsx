import { Check } from "lucide-react";
import { PermissionAreas } from "@/components/common/permission-areas";
import { flagLabel } from "@/lib/describe-access";
import { MEMBER_FLAGS, MEMBER_FLAG_NAMES } from "@/lib/permissions";
import type { TMemberFlags } from "@/lib/schemas/access";

/** The member's flags, read-only (for viewers who may not assign them): what is granted, by area. */
export function MemberFlagsList({ flags }: { flags: TMemberFlags }) {
  const granted = MEMBER_FLAG_NAMES.filter((flag) => flags[flag]);
  if (granted.length === 0) {
    return (
      <p role="status" className="text-sm text-muted-foreground">
        No flags granted: this member holds what their role, groups and workspace access give.
      </p>
    );
  }
  return (
    <PermissionAreas
      label="permission flags"
      items={granted}
      permissionOf={(flag) => MEMBER_FLAGS[flag]}
      textOf={(flag) => flag}
      renderItems={(shown) => (
        <ul className="grid grid-cols-1 gap-1.5 text-sm sm:grid-cols-2" aria-label="Permission flags">
          {shown.map((flag) => (
            <li key={flag} className="flex items-center gap-2">
              <Check aria-hidden className="size-4 shrink-0 text-emerald-700 dark:text-emerald-400" />
              {flagLabel(flag)}
            </li>
          ))}
        </ul>
      )}
    />
  );
}
