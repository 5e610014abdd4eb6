import { createTRPCRouter } from "../../trpc";
import { all } from "./all";
import { assignPermissions } from "./assign-permissions";
import { checkUserOrganizations } from "./check-user-organizations";
import { count } from "./count";
import { createApiKey } from "./create-api-key";
import { deleteApiKey } from "./delete-api-key";
import { get } from "./get";
import { getInvitations } from "./get-invitations";
import { getMetricsSummary } from "./get-metrics-summary";
import { getMetricsToken, rotateMetricsToken } from "./get-metrics-token";
import { listApiKeys } from "./list-api-keys";
import { one } from "./one";
import { remove } from "./remove";
import { sendInvitation } from "./send-invitation";
import { settings, updateSettings } from "./settings";
import { update } from "./update";
import { create } from "./create";
import { disable } from "./disable";
import { enable } from "./enable";
import { resetPassword } from "./reset-password";
import { revokeSessions } from "./revoke-sessions";
import { unlock } from "./unlock";
import { updateMember } from "./update-member";
import { upsert } from "./upsert";

export const userRouter = createTRPCRouter({
  all,
  one,
  get,
  update,
  remove,
  assignPermissions,
  createApiKey,
  deleteApiKey,
  listApiKeys,
  getInvitations,
  sendInvitation,
  checkUserOrganizations,
  getMetricsToken,
  rotateMetricsToken,
  getMetricsSummary,
  // Administrators acting on other people.
  create,
  upsert,
  updateMember,
  disable,
  enable,
  resetPassword,
  revokeSessions,
  unlock,
  // The User Manager: its total and its organization settings.
  count,
  settings,
  updateSettings,
});
