const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/**
 * A time in the reader's time zone. The server renders it in its own zone first, so the text may
 * differ at hydration: that difference is expected, not an error.
 */
export function LocalTime({ iso, dateOnly: onlyDate = false, prefix = "" }: { iso: string; dateOnly?: boolean; prefix?: string }) {
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {prefix}
      {(onlyDate ? dateOnly : dateTime).format(new Date(iso))}
    </time>
  );
}
