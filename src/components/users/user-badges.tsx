"use client";

import { Bot, CheckCircle2, CircleSlash } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

/** The system-user mark: an icon with an accessible name and a tooltip saying what it means. */
export function SystemUserIcon() {
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span role="img" aria-label="System user" tabIndex={0} className="inline-flex text-muted-foreground outline-none">
          <Bot aria-hidden className="size-4" />
        </span>
      </TooltipTrigger>
      <TooltipContent>System user: API keys only, read-only here</TooltipContent>
    </Tooltip>
  );
}

/** The system-user mark where there is room for words (the user's page): a badge that says it. */
export function SystemUserBadge() {
  return (
    <Badge variant="outline" className="gap-1 border-violet-300 bg-violet-50 text-violet-800 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-200" title="A service account: API keys only, read-only here">
      <Bot aria-hidden /> System user
    </Badge>
  );
}

export function YouBadge() {
  return (
    <Badge variant="outline" className="border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200">
      You
    </Badge>
  );
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return enabled ? (
    <span className="inline-flex items-center gap-1 text-sm text-emerald-700 dark:text-emerald-400">
      <CheckCircle2 aria-hidden className="size-4" /> Enabled
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 text-sm text-muted-foreground">
      <CircleSlash aria-hidden className="size-4" /> Disabled
    </span>
  );
}
