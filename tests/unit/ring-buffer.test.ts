import { describe, expect, it } from "vitest";
import { RingBuffer } from "@/lib/ring-buffer";

describe("a ring buffer", () => {
  it("keeps the last `capacity` items, oldest first", () => {
    const ring = new RingBuffer<number>(3);
    expect(ring.toArray()).toEqual([]);
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
    for (const n of [3, 4, 5, 6, 7]) ring.push(n);
    expect(ring.toArray()).toEqual([5, 6, 7]);
    expect(ring.size).toBe(3);
  });

  it("refuses a capacity under one", () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});
