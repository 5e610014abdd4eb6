import { describe, expect, it } from "vitest";
import { ZSetupInput } from "@/lib/schemas/setup";
import { ZUpdateSelfInput } from "@/lib/schemas/user";

describe("password rule", () => {
  it("refuses 7 characters with a message naming the rule, and accepts 8 and 128", () => {
    const short = ZSetupInput.safeParse({ username: "admin", password: "1234567" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("Password must be at least 8 characters");
    expect(ZSetupInput.safeParse({ username: "admin", password: "12345678" }).success).toBe(true);
    expect(ZSetupInput.safeParse({ username: "admin", password: "x".repeat(128) }).success).toBe(true);
    expect(ZSetupInput.safeParse({ username: "admin", password: "x".repeat(129) }).success).toBe(false);
  });
});

describe("user.update input", () => {
  it("rejects fields a user may not set on themselves instead of ignoring them", () => {
    const result = ZUpdateSelfInput.safeParse({ name: "Eve", banned: false, emailVerified: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["banned", "emailVerified"] });
  });

  it("requires the current password to change the password", () => {
    const result = ZUpdateSelfInput.safeParse({ password: "new-password-1" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["currentPassword"]);
    expect(ZUpdateSelfInput.safeParse({ password: "new-password-1", currentPassword: "old" }).success).toBe(true);
  });
});
