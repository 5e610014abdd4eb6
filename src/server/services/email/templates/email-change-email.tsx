import { Text } from "@react-email/components";
import type { EmailChangeTemplateInput } from "../email-kinds";
import { ActionLink, EmailLayout } from "./email-layout";

export function EmailChangeEmail(input: EmailChangeTemplateInput) {
  return (
    <EmailLayout
      preview="Confirm your new email address"
      heading="Confirm your new email address"
      footer="If you did not ask for this change, ignore this email: your address stays as it is."
    >
      <Text>Hello {input.name},</Text>
      <Text>Confirm that {input.newEmail} should become the email address of your Roster account.</Text>
      <ActionLink href={input.verifyUrl} label="Confirm the new address" />
    </EmailLayout>
  );
}
