import { z } from "zod";
import { ZPermission } from "./access";
import type { ZCreateApiKeyInput } from "./user";

// The API keys page's create form. Numbers are typed as text and checked here, so an empty box
// reads as "not set" rather than NaN; toCreateApiKeyInput() turns the form into user.createApiKey's
// input (seconds, as Dokploy's API speaks), which the procedure validates again.

const DAY = 86_400;
const MAX_EXPIRY_SECONDS = 10 * 365 * DAY;

export const EXPIRY_CHOICES = [
  { value: "never", label: "Never", seconds: null },
  { value: "7d", label: "7 days", seconds: 7 * DAY },
  { value: "30d", label: "30 days", seconds: 30 * DAY },
  { value: "90d", label: "90 days", seconds: 90 * DAY },
  { value: "1y", label: "1 year", seconds: 365 * DAY },
  { value: "custom", label: "Custom date", seconds: null },
] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]["value"];

export const ZApiKeyForm = z
  .object({
    name: z.string().trim().min(1, "Name your key").max(64, "At most 64 characters"),
    prefix: z.union([z.literal(""), z.string().regex(/^[a-zA-Z0-9_-]{1,16}$/, "Prefix may have 1 to 16 letters, digits, dashes or underscores")]),
    expiry: z.enum(EXPIRY_CHOICES.map((c) => c.value) as [ExpiryChoice, ...ExpiryChoice[]]),
    expiresOn: z.string(),
    rateLimitEnabled: z.boolean(),
    rateLimitTimeWindow: z.string(),
    rateLimitMax: z.string(),
    quotaEnabled: z.boolean(),
    remaining: z.string(),
    refillEnabled: z.boolean(),
    refillAmount: z.string(),
    refillInterval: z.string(),
    scope: z.enum(["all", "selected"]),
    permissions: z.array(ZPermission),
  })
  .superRefine((v, ctx) => {
    const whole = (field: keyof typeof v, min: number, max: number, what: string) => {
      const text = String(v[field]).trim();
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) {
        ctx.addIssue({ code: "custom", path: [field], message: `${what} must be a whole number from ${min} to ${max.toLocaleString("en")}` });
      }
    };
    if (v.expiry === "custom") {
      const seconds = customExpirySeconds(v.expiresOn, new Date());
      if (seconds === null || seconds <= 0) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pick a date after today" });
      else if (seconds > MAX_EXPIRY_SECONDS) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "At most 10 years from now" });
    }
    if (v.rateLimitEnabled) {
      whole("rateLimitTimeWindow", 1, 30 * DAY, "The window");
      whole("rateLimitMax", 1, 1_000_000_000, "The maximum");
    }
    if (v.quotaEnabled) {
      whole("remaining", 0, 1_000_000_000, "The quota");
      if (v.refillEnabled) {
        whole("refillAmount", 1, 1_000_000_000, "The refill amount");
        whole("refillInterval", 1, 365 * DAY, "The refill interval");
      }
    }
    if (v.scope === "selected" && v.permissions.length === 0) {
      ctx.addIssue({ code: "custom", path: ["permissions"], message: "Choose at least one permission, or give the key all of yours" });
    }
  });
export type TApiKeyForm = z.infer<typeof ZApiKeyForm>;

export const API_KEY_FORM_DEFAULTS: TApiKeyForm = {
  name: "",
  prefix: "",
  expiry: "never",
  expiresOn: "",
  rateLimitEnabled: false,
  rateLimitTimeWindow: "3600",
  rateLimitMax: "1000",
  quotaEnabled: false,
  remaining: "10000",
  refillEnabled: false,
  refillAmount: "10000",
  refillInterval: String(DAY),
  scope: "all",
  permissions: [],
};

/** Seconds from `now` to the end of the day `yyyy-mm-dd` in the browser's time zone; null if not a date. */
export function customExpirySeconds(date: string, now: Date): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const end = new Date(`${date}T23:59:59`);
  if (Number.isNaN(end.getTime())) return null;
  return Math.ceil((end.getTime() - now.getTime()) / 1000);
}

export function toCreateApiKeyInput(v: TApiKeyForm, now: Date): z.input<typeof ZCreateApiKeyInput> {
  const int = (text: string) => Number(text.trim());
  const expiresIn = v.expiry === "custom" ? customExpirySeconds(v.expiresOn, now) : EXPIRY_CHOICES.find((c) => c.value === v.expiry)!.seconds;
  return {
    name: v.name.trim(),
    ...(v.prefix ? { prefix: v.prefix } : {}),
    ...(expiresIn ? { expiresIn } : {}),
    ...(v.rateLimitEnabled
      ? { rateLimitEnabled: true, rateLimitTimeWindow: int(v.rateLimitTimeWindow), rateLimitMax: int(v.rateLimitMax) }
      : {}),
    ...(v.quotaEnabled ? { remaining: int(v.remaining) } : {}),
    ...(v.quotaEnabled && v.refillEnabled ? { refillAmount: int(v.refillAmount), refillInterval: int(v.refillInterval) } : {}),
    ...(v.scope === "selected" ? { permissions: [...v.permissions] } : {}),
  };
}
