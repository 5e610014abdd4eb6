import { createTRPCRouter } from "../../trpc";
import { all } from "./all";
import { assignPermissions } from "./assign-permissions";
import { checkUserOrganizations } from "./check-user-organizations";
import { createApiKey } from "./create-api-key";
import { deleteApiKey } from "./delete-api-key";
import { get } from "./get";
import { getMetricsToken, rotateMetricsToken } from "./get-metrics-token";
import { listApiKeys } from "./list-api-keys";
import { one } from "./one";
import { remove } from "./remove";
import { update } from "./update";

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
  checkUserOrganizations,
  getMetricsToken,
  rotateMetricsToken,
});
