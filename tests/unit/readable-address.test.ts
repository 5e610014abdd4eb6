import { describe, expect, it } from "vitest";
import { displayAddress, readableAddress } from "@/lib/readable-address";
import { describeAuditChange } from "@/lib/describe-audit-change";

describe("IP addresses as people write them", () => {
  it("shows an IPv4 client that Node reported as IPv4-mapped IPv6 as plain IPv4", () => {
    expect(readableAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(readableAddress("::FFFF:10.1.2.3")).toBe("10.1.2.3");
    expect(readableAddress("0:0:0:0:0:ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(readableAddress("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(readableAddress("[::ffff:c000:207]")).toBe("192.0.2.7");
  });

  it("leaves other addresses as they are", () => {
    expect(readableAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(readableAddress("::1")).toBe("::1");
    expect(readableAddress("2001:db8::ffff:1")).toBe("2001:db8::ffff:1");
    expect(readableAddress("::ffff:not-an-address")).toBe("::ffff:not-an-address");
    expect(displayAddress(null)).toBe("—");
  });

  it("shows addresses in the audit log's changes the same way", () => {
    expect(describeAuditChange({ ipAddress: "::ffff:127.0.0.1", userAgent: "curl" }, null)).toEqual([
      { field: "ipAddress", before: "127.0.0.1" },
      { field: "userAgent", before: "curl" },
    ]);
  });
});
