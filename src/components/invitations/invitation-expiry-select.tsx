"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { EXPIRY_CHOICES } from "@/lib/schemas/invitation-form";

const duration = (seconds: number) => (seconds % 86_400 === 0 ? `${seconds / 86_400} days` : `${Math.round(seconds / 3600)} hours`);

/** How long an invitation link lasts: the usual choices, and `value` itself when it is none of them. */
export function InvitationExpirySelect({ id, label, value, onChange, className }: { id: string; label: string; value: number; onChange: (seconds: number) => void; className?: string }) {
  const choices = EXPIRY_CHOICES.some((c) => c.seconds === value) ? EXPIRY_CHOICES : [...EXPIRY_CHOICES, { seconds: value, label: duration(value) }];
  return (
    <Select value={String(value)} onValueChange={(v) => onChange(Number(v))}>
      <SelectTrigger id={id} aria-label={label} className={className}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {choices.map((c) => (
          <SelectItem key={c.seconds} value={String(c.seconds)}>
            {c.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
