import { afterEach, describe, expect, it, vi } from "vitest";
import { createAccessCache } from "@/server/actor/access-cache";
import { bumpGeneration, shared } from "@/server/actor/access-notifications";

afterEach(() => {
  vi.useRealTimers();
  shared.listening = false;
});

describe("access cache", () => {
  it("keeps an entry for the configured lifetime while the instance hears other instances' changes", () => {
    vi.useFakeTimers();
    shared.listening = true;
    const cache = createAccessCache<string>();
    cache.set("key", "allowed", cache.generation());
    vi.advanceTimersByTime(5_000);
    expect(cache.get("key")).toBe("allowed");
    vi.advanceTimersByTime(6_000);
    expect(cache.get("key")).toBeUndefined();
  });

  it("keeps an entry one second at most while it cannot hear them", () => {
    vi.useFakeTimers();
    const cache = createAccessCache<string>();
    cache.set("key", "allowed", cache.generation());
    vi.advanceTimersByTime(900);
    expect(cache.get("key")).toBe("allowed");
    vi.advanceTimersByTime(200);
    expect(cache.get("key")).toBeUndefined();
  });

  it("forgets everything when a change is heard, and never stores what was read before it", () => {
    shared.listening = true;
    const cache = createAccessCache<string>();
    cache.set("key", "allowed", cache.generation());
    const readStarted = cache.generation();
    bumpGeneration();
    expect(cache.get("key")).toBeUndefined();
    cache.set("key", "stale", readStarted);
    expect(cache.get("key")).toBeUndefined();
  });
});
