import { Text } from "@react-email/components";
import type { PasswordResetTemplateInput } from "../email-kinds";
import { ActionLink, EmailLayout } from "./email-layout";

export function PasswordResetEmail(input: PasswordResetTemplateInput) {
  return (
    <EmailLayout
      preview="Reset your Roster password"
      heading="Reset your password"
      footer="If you did not ask to reset your password, ignore this email: your password stays as it is."
    >
      <Text>Hello {input.name},</Text>
      <Text>Someone asked to reset the password of your Roster account. The link works once, until {input.expiresAt.toUTCString()}.</Text>
      <ActionLink href={input.resetUrl} label="Choose a new password" />
      <Text>Setting a new password signs you out everywhere.</Text>
    </EmailLayout>
  );
}
