import { cn } from "@/lib/utils";

/**
 * Roster's mark, the drawing of public/favicon.svg in the page's colours: the tile in the text
 * colour, the people in the background colour, so it reads in light and dark themes alike.
 */
export function RosterLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn("size-6 shrink-0", className)}>
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <g fill="none" stroke="var(--background)" strokeWidth="2.5" strokeLinecap="round">
        <circle cx="13" cy="12" r="4.5" />
        <path d="M5.5 25c1-4.2 4-6.5 7.5-6.5s6.5 2.3 7.5 6.5" />
        <path d="M21 8.2a4.5 4.5 0 0 1 0 7.6M23.5 19c1.7.9 2.7 2.9 3 6" />
      </g>
    </svg>
  );
}
