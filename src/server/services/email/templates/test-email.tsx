import { Text } from "@react-email/components";
import type { TestTemplateInput } from "../email-kinds";
import { EmailLayout } from "./email-layout";

export function TestEmail(input: TestTemplateInput) {
  return (
    <EmailLayout preview="Roster can send email" heading="Roster can send email" footer="Sent from Roster's email settings.">
      <Text>
        This test message from {input.organizationName} went through the email provider &quot;{input.providerName}&quot;. It arrived, so the
        settings work.
      </Text>
    </EmailLayout>
  );
}
