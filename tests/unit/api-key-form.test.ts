import { describe, expect, it } from "vitest";
import { API_KEY_FORM_DEFAULTS, ZApiKeyForm, customExpirySeconds, toCreateApiKeyInput, type TApiKeyForm } from "@/lib/schemas/api-key-form";
import { ZCreateApiKeyInput } from "@/lib/schemas/user";

const form = (patch: Partial<TApiKeyForm>): TApiKeyForm => ({ ...API_KEY_FORM_DEFAULTS, name: "deploys", ...patch });
const now = new Date("2030-01-01T12:00:00");

describe("the API key form", () => {
  it("sends only what was chosen: a bare key has no limits and no expiry", () => {
    expect(toCreateApiKeyInput(form({}), now)).toEqual({ name: "deploys" });
  });

  it("turns every option into user.createApiKey's input, in seconds, which the procedure accepts", () => {
    const input = toCreateApiKeyInput(
      form({
        prefix: "prod",
        expiry: "30d",
        rateLimitEnabled: true,
        rateLimitTimeWindow: "3600",
        rateLimitMax: "1000",
        quotaEnabled: true,
        remaining: "50",
        refillEnabled: true,
        refillAmount: "10",
        refillInterval: "86400",
        scope: "selected",
        permissions: ["member:read"],
      }),
      now,
    );
    expect(input).toEqual({
      name: "deploys",
      prefix: "prod",
      expiresIn: 30 * 86_400,
      rateLimitEnabled: true,
      rateLimitTimeWindow: 3600,
      rateLimitMax: 1000,
      remaining: 50,
      refillAmount: 10,
      refillInterval: 86_400,
      permissions: ["member:read"],
    });
    expect(ZCreateApiKeyInput.safeParse(input).success).toBe(true);
  });

  it("expires a custom date at the end of that day, and refuses a past date", () => {
    expect(customExpirySeconds("2030-01-02", now)).toBe(36 * 3600 - 1);
    expect(ZApiKeyForm.safeParse(form({ expiry: "custom", expiresOn: "2000-01-01" })).success).toBe(false);
  });

  it("checks the numbers of the limits that are switched on, and only those", () => {
    expect(ZApiKeyForm.safeParse(form({ rateLimitMax: "" })).success).toBe(true);
    const bad = ZApiKeyForm.safeParse(form({ rateLimitEnabled: true, rateLimitMax: "ten" }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["rateLimitMax"]);
  });

  it("needs at least one permission for a narrowed key", () => {
    expect(ZApiKeyForm.safeParse(form({ scope: "selected", permissions: [] })).success).toBe(false);
  });
});
