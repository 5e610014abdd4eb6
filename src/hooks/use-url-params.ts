"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

export type ParamChanges = Record<string, string | null | undefined>;

/**
 * The page's query string as state: read it with `params`, change some keys with `update` (an
 * empty or null value removes the key). Written with the History API, which Next's router follows,
 * so a filter change re-renders without a round trip to the server; `push` adds a history entry
 * (back undoes it), `replace` does not.
 */
export function useUrlParams() {
  const params = useSearchParams();
  const pathname = usePathname();
  const update = useCallback(
    (changes: ParamChanges, mode: "push" | "replace" = "push") => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const query = next.toString();
      if (query === window.location.search.replace(/^\?/, "")) return;
      const url = query ? `${pathname}?${query}` : pathname;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );
  return { params, update };
}

/**
 * A search box whose term lives in the URL: the box answers every key at once, and the term is
 * written to the URL (`commit`) once typing pauses. When the URL changes by itself (back, forward)
 * the box follows it, unless the person is typing.
 */
export function useUrlSearchBox(value: string, commit: (term: string) => void, delayMs = 300) {
  const [text, setText] = useState(value);
  const [followed, setFollowed] = useState(value);
  const [typing, setTyping] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The latest commit, so a term written after a pause goes with the filters chosen meanwhile.
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  if (value !== followed) {
    setFollowed(value);
    if (!typing && value !== text.trim()) setText(value);
  }
  function change(next: string) {
    setText(next);
    setTyping(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setTyping(false);
      latestCommit.current(next.trim());
    }, delayMs);
  }
  return [text, change] as const;
}
