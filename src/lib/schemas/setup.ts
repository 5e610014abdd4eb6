import { z } from "zod";
import { ZEmail, ZPassword, ZPersonName, ZUsername } from "./fields";

export const ZSetupInput = z
  .object({
    username: ZUsername,
    password: ZPassword,
    email: ZEmail.optional(),
    name: ZPersonName.optional(),
    organizationName: z.string().trim().min(1, "Organization name cannot be blank").max(100, "Organization name is at most 100 characters").optional().describe("The organization's name; ROSTER_ORGANIZATION_NAME (\"My organization\") when left out"),
  })
  .strict();
export type TSetupInput = z.infer<typeof ZSetupInput>;

export const ZSetupOutput = z.object({
  userId: z.string(),
  username: z.string(),
  email: z.string(),
  organization: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
});
export type TSetupOutput = z.infer<typeof ZSetupOutput>;

export const ZSetupStatus = z.object({ setupRequired: z.boolean() });
